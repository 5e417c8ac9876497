/* Calls: missing and extra arguments, closures over environment records, bound functions, [[Construct]]
 * of functions, classes and derived classes, call errors with V8's messages, exceptions unwinding
 * through calls, and the call-depth guard. Mirrors calls.mjs. */
#include "rt_test.h"

#define FN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)
#define ARG(i) ((i) < argc ? argv[i] : TSN_UNDEFINED)

/* function show(a, b) { p(`${this?.tag} ${a} ${b} ${arguments.length}`) } */
FN(show) {
  TSN_ENTER();
  tsn_value tag = tsn_is_object(this_value) ? get(this_value, "tag") : TSN_UNDEFINED;
  tsn_value s = tsn_op_add(tsn_op_add(tsn_op_add(tsn_op_add(tsn_op_add(tsn_op_add(tsn_to_string(tag), S(" ")), ARG(0)), S(" ")), ARG(1)), S(" ")), N(argc));
  p(s);
  TSN_LEAVE();
  return TSN_UNDEFINED;
}

/* const makeCounter = (start) => { let n = start; return () => ++n; } */
FN(counter_inc) {
  tsn_env *env = ((tsn_function *)callee->internal)->env;
  env->vars[0] = tsn_op_inc(env->vars[0]);
  return env->vars[0];
}
FN(make_counter) {
  tsn_env *env = tsn_env_new(NULL, 1);
  env->vars[0] = ARG(0);
  return tsn_function_new(counter_inc, env, S(""), 0, TSN_FN_ARROW);
}

/* function Point(x) { this.x = x; } Point.prototype.norm = function () { return this.x * 2; } */
static tsn_ic ic_point_x;
FN(Point) { tsn_set_ic(this_value, S("x"), ARG(0), &ic_point_x); return TSN_UNDEFINED; }
FN(point_norm) { return tsn_op_mul(get(this_value, "x"), N(2)); }

/* class B { f = 1; constructor(x) { this.x = x; } }  class D extends B { constructor() { super(5); this.y = 2; } } */
static tsn_value class_B, class_D;
static void B_fields(tsn_object *callee, tsn_value this_value) { set(this_value, "f", N(1)); }
FN(B_ctor) { set(this_value, "x", ARG(0)); return TSN_UNDEFINED; }
FN(D_ctor) {
  tsn_value five = N(5);
  tsn_value self = tsn_construct(class_B, 1, &five, new_target, "super");
  set(self, "y", N(2));
  return self;
}

/* function thrower(n) { if (n === 0) throw new RangeError("deep " + n); return thrower(n - 1); } */
static tsn_value thrower_fn;
FN(thrower) {
  TSN_ENTER();
  if (tsn_op_strict_equals(ARG(0), N(0))) {
    tsn_value msg = tsn_op_add(S("deep "), ARG(0));
    tsn_throw(NEW(G("RangeError"), msg));
  }
  tsn_value r = CALL(thrower_fn, tsn_op_sub(ARG(0), N(1)));
  TSN_LEAVE();
  return r;
}

/* function recurse(n) { return recurse(n + 1) + 1; } */
static tsn_value recurse_fn;
FN(recurse) {
  TSN_ENTER();
  tsn_value r = tsn_op_add(CALL(recurse_fn, tsn_op_add(ARG(0), N(1))), N(1));
  TSN_LEAVE();
  return r;
}

FN(arrow_body) { return N(1); }

void tsn_program_main(void) {
  tsn_value show_fn = tsn_function_new(show, NULL, S("show"), 2, TSN_FN_NORMAL);
  tsn_call(show_fn, TSN_UNDEFINED, 0, NULL, NULL);
  CALL(show_fn, N(1));
  CALL(show_fn, N(1), N(2), N(3));
  tsn_value obj = tsn_new_object();
  set(obj, "tag", S("obj"));
  set(obj, "show", show_fn);
  CALLM(obj, "show", S("m"));
  tsn_value bound = CALLM(show_fn, "bind", obj, S("b1"));
  CALL(bound, S("b2"), S("b3"));
  p(get(bound, "name"));
  p(get(bound, "length"));
  p(get(show_fn, "name"));
  p(get(show_fn, "length"));
  pa(CALLM(G("Object"), "getOwnPropertyNames", show_fn));
  CALLM(show_fn, "call", obj, N(7), N(8));
  CALLM(show_fn, "apply", obj, tsn_array_from((tsn_value[]){N(9), N(10)}, 2));

  tsn_value mk = tsn_function_new(make_counter, NULL, S("makeCounter"), 1, TSN_FN_ARROW);
  tsn_value c1 = CALL(mk, N(10)), c2 = CALL(mk, N(100));
  p(CALL(c1)); p(CALL(c1)); p(CALL(c2)); p(CALL(c1));

  tsn_value point = tsn_function_new(Point, NULL, S("Point"), 1, TSN_FN_NORMAL);
  tsn_define_own(tsn_as_object(get(point, "prototype")), S("norm"), tsn_function_new(point_norm, NULL, S("norm"), 0, TSN_FN_METHOD), TSN_ATTR_DEFAULT);
  for (int i = 0; i < 3; i++) {
    tsn_value pt = NEW(point, N(i + 3));
    p(get(pt, "x"));
    p(CALLM0(pt, "norm"));
    p(tsn_from_bool(tsn_op_instanceof(pt, point)));
  }
  p(tsn_from_bool(tsn_op_instanceof(obj, point)));
  p(tsn_from_bool(get(get(point, "prototype"), "constructor") == point));

  class_B = tsn_function_new(B_ctor, NULL, S("B"), 1, TSN_FN_CLASS);
  tsn_as_function(class_B)->init_fields = B_fields;
  class_D = tsn_function_new(D_ctor, NULL, S("D"), 0, TSN_FN_DERIVED_CLASS);
  tsn_set_prototype_of(tsn_as_object(class_D), tsn_as_object(class_B));
  tsn_set_prototype_of(tsn_as_object(get(class_D, "prototype")), tsn_as_object(get(class_B, "prototype")));
  tsn_value d = NEW(class_D);
  pa(CALLM(G("Object"), "keys", d));
  p(tsn_from_bool(tsn_op_instanceof(d, class_B)));
  p(tsn_from_bool(tsn_op_instanceof(d, class_D)));
  TRY(tsn_call(class_B, TSN_UNDEFINED, 0, NULL, "B"));
  tsn_value arrow = tsn_function_new(arrow_body, NULL, S("arrow"), 0, TSN_FN_ARROW);
  TRY(tsn_construct(arrow, 0, NULL, TSN_UNDEFINED, "arrow"));
  TRY(tsn_call(N(5), TSN_UNDEFINED, 0, NULL, "o.foo"));
  TRY(tsn_call_method(obj, S("missing"), NULL, 0, NULL, "obj.missing"));
  TRY(tsn_construct(get(G("Math"), "max"), 0, NULL, TSN_UNDEFINED, "Math.max"));
  TRY(tsn_op_instanceof(obj, N(5)));
  TRY(tsn_op_instanceof(obj, tsn_new_object()));

  thrower_fn = tsn_function_new(thrower, NULL, S("thrower"), 1, TSN_FN_NORMAL);
  TRY(CALL(thrower_fn, N(50)));
  p(N(tsn_call_depth));
  {
    tsn_handler h;
    TSN_TRY_PUSH(h);
    if (setjmp(h.jb) == 0) {
      TRY(CALL(thrower_fn, N(3)));
      CALL(thrower_fn, N(2));
      TSN_TRY_POP(h);
    } else {
      TSN_TRY_POP(h);
      p(tsn_op_add(S("outer "), get(tsn_exception, "message")));
    }
  }
  recurse_fn = tsn_function_new(recurse, NULL, S("recurse"), 1, TSN_FN_NORMAL);
  TRY(CALL(recurse_fn, N(0)));
  TRY(CALL(recurse_fn, N(0)));
  p(N(tsn_call_depth));

  tsn_value e = NEW(G("TypeError"), S("bad"));
  p(e);
  p(tsn_from_bool(tsn_op_instanceof(e, G("Error"))));
  p(get(e, "stack"));
  tsn_value plain = CALL(G("Error"), S("no new"));
  p(plain);
  tsn_value opts = tsn_new_object();
  set(opts, "cause", N(42));
  tsn_value withCause = NEW(G("Error"), S("c"), opts);
  p(get(withCause, "cause"));
  pa(CALLM(G("Object"), "getOwnPropertyNames", withCause));
  p(NEW(G("Error")));
  p(get(NEW(G("RangeError")), "stack"));
}
