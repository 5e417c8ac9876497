/* generators.c — generator objects driven by hand-written resume functions, the C a compiler emits
 * for the generator functions of generators.mjs (a frame struct and a state number); see generators.mjs. */
#include "testlib.h"

#include "alloc.h"
#include "lib_support.h"

static tsn_value log_array; /* the mirror's `log` */

static void log_push(const char *s) { tsn_array_push(log_array, tsn_str_from_utf8(s, strlen(s))); }

/* ---- function* counter(n) { let i = 0; while (i < n) { const sent = yield i; if (sent !== undefined) i += sent; i++; } return 'end'; } */
typedef struct { int state; double n, i; } counter_frame;

static tsn_value counter_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  counter_frame *f = fp;
  switch (f->state) {
    case 0: f->i = 0; break;
    case 1:
      if (mode == TSN_RESUME_THROW) tsn_throw(value);
      if (mode == TSN_RESUME_RETURN) { *how = TSN_BODY_RETURN; return value; }
      if (!tsn_is_undefined(value)) f->i += tsn_to_number(value);
      f->i++;
      break;
  }
  if (f->i < f->n) {
    f->state = 1;
    return N(f->i);
  }
  *how = TSN_BODY_RETURN;
  return S("end");
}

static tsn_value counter_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  counter_frame *f = tsn_alloc(sizeof *f);
  f->n = tsn_to_number(tsn_arg(argc, argv, 0));
  return tsn_generator_create(callee, counter_resume, f);
}

/* ---- function* cleanup() { try { yield 1; yield 2; } finally { log.push('finally'); yield 'from finally'; log.push('after'); } } */
typedef struct { int state; tsn_resume_mode pending; tsn_value pending_value; } cleanup_frame;

static tsn_value cleanup_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  cleanup_frame *f = fp;
  switch (f->state) {
    case 0: f->state = 1; return N(1);
    case 1:
      if (mode == TSN_RESUME_NEXT) { f->state = 2; return N(2); }
      f->pending = mode; f->pending_value = value;
      goto finally;
    case 2:
      f->pending = mode; f->pending_value = mode == TSN_RESUME_NEXT ? TSN_UNDEFINED : value;
      goto finally;
    default: /* 3: the yield inside finally */
      if (mode == TSN_RESUME_THROW) tsn_throw(value);
      if (mode == TSN_RESUME_RETURN) { *how = TSN_BODY_RETURN; return value; }
      log_push("after");
      *how = TSN_BODY_RETURN;
      if (f->pending == TSN_RESUME_THROW) tsn_throw(f->pending_value);
      return f->pending == TSN_RESUME_RETURN ? f->pending_value : TSN_UNDEFINED;
  }
finally:
  log_push("finally");
  f->state = 3;
  return S("from finally");
}

static tsn_value cleanup_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_generator_create(callee, cleanup_resume, tsn_alloc(sizeof(cleanup_frame)));
}

/* ---- function* catcher() { let n = 0; while (true) { try { yield 'ready ' + n; } catch (e) { n++; yield 'caught ' + e; } } } */
typedef struct { int state; double n; } catcher_frame;

static tsn_value catcher_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  catcher_frame *f = fp;
  if (mode == TSN_RESUME_RETURN) { *how = TSN_BODY_RETURN; return value; }
  if (f->state == 1 && mode == TSN_RESUME_THROW) {
    f->n++;
    f->state = 2;
    return tsn_str_concat(S("caught "), tsn_to_string(value));
  }
  if (mode == TSN_RESUME_THROW) tsn_throw(value);
  f->state = 1;
  return tsn_str_concat(S("ready "), tsn_to_string(N(f->n)));
}

static tsn_value catcher_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_generator_create(callee, catcher_resume, tsn_alloc(sizeof(catcher_frame)));
}

/* ---- function* each(iterable) { for (const x of iterable) yield x; log.push('loop done'); } */
typedef struct { int state; tsn_value iterable; tsn_iter it; } each_frame;

static tsn_value each_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  each_frame *f = fp;
  if (f->state == 0) tsn_iter_open(&f->it, f->iterable, "iterable");
  else if (mode == TSN_RESUME_THROW) tsn_throw(value); /* leaves the loop: the unwinding closes f->it */
  else if (mode == TSN_RESUME_RETURN) {
    tsn_iter_close(&f->it);
    *how = TSN_BODY_RETURN;
    return value;
  }
  tsn_value x;
  if (tsn_iter_step(&f->it, &x)) {
    f->state = 1;
    return x;
  }
  log_push("loop done");
  *how = TSN_BODY_RETURN;
  return TSN_UNDEFINED;
}

static tsn_value each_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  each_frame *f = tsn_alloc(sizeof *f);
  f->iterable = tsn_arg(argc, argv, 0);
  return tsn_generator_create(callee, each_resume, f);
}

/* ---- function* reentrant() { return self.next(); } and function* boom() { yield 1; throw new Error('boom'); } */
static tsn_value self_gen;
typedef struct { int state; } plain_frame;

static tsn_value reentrant_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  if (mode == TSN_RESUME_THROW) tsn_throw(value);
  *how = TSN_BODY_RETURN;
  return mode == TSN_RESUME_RETURN ? value : M0(self_gen, "next");
}

static tsn_value boom_resume(void *fp, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  plain_frame *f = fp;
  if (mode == TSN_RESUME_THROW) tsn_throw(value);
  if (mode == TSN_RESUME_RETURN) { *how = TSN_BODY_RETURN; return value; }
  if (f->state++ == 0) return N(1);
  tsn_throw(tsn_make_error(tsn_intrinsics.error_prototype, S("boom")));
}

static tsn_value reentrant_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_generator_create(callee, reentrant_resume, tsn_alloc(sizeof(plain_frame)));
}

static tsn_value boom_entry(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_generator_create(callee, boom_resume, tsn_alloc(sizeof(plain_frame)));
}

static tsn_value generator_fn(tsn_code entry, const char *name, uint32_t length) {
  return tsn_function_new(entry, NULL, tsn_str_intern_ascii(name), length, TSN_FN_GENERATOR);
}

static tsn_value steps(tsn_value gen, int n) {
  tsn_value out = A0();
  for (int i = 0; i < n; i++) tsn_array_push(out, M0(gen, "next"));
  return out;
}

static tsn_value take_log(void) {
  tsn_value l = log_array;
  log_array = A0();
  return l;
}

static tsn_value proto_of(tsn_value v) { return M(G("Object"), "getPrototypeOf", v); }
static tsn_value same(tsn_value a, tsn_value b) { return tsn_from_bool(tsn_op_strict_equals(a, b)); }
static tsn_value inspect(tsn_value v) {
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  return tsn_inspect(v, &o);
}
static tsn_value own_keys(tsn_value v) { return A(M(G("Object"), "getOwnPropertyNames", v), M(G("Object"), "getOwnPropertySymbols", v)); }
static tsn_value tag_of(tsn_value v) { return M(P(P(G("Object"), "prototype"), "toString"), "call", v); }

/* A user iterable over 1, 2, 3 whose return() is logged. */
static tsn_value source_next(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_value i = tsn_op_add(P(this_value, "i"), N(1));
  tsn_set(this_value, tsn_str_intern_ascii("i"), i);
  return tsn_iter_result(i, tsn_to_number(i) > 3);
}
static tsn_value source_return(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  log_push("source closed");
  return tsn_iter_result(TSN_UNDEFINED, true);
}
static tsn_value source_iterator(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return this_value;
}
static tsn_value identity(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_arg(argc, argv, 0);
}
static tsn_value make_source(void) {
  tsn_value s = NEW0(G("Object"));
  tsn_set(s, tsn_str_intern_ascii("i"), N(0));
  tsn_set(s, tsn_str_intern_ascii("next"), F(source_next, 0));
  tsn_set(s, tsn_str_intern_ascii("return"), F(source_return, 0));
  tsn_set(s, tsn_intrinsics.symbol_iterator, F(source_iterator, 0));
  return s;
}

/* for (const v of gen) { if (v === stop) throw new Error('stop'); } collecting the values. */
static tsn_value consume_until(tsn_value gen, double stop) {
  tsn_value seen = A0(), v;
  tsn_iter c;
  tsn_iter_open(&c, gen, "gen");
  while (tsn_iter_step(&c, &v)) {
    tsn_array_push(seen, v);
    if (tsn_is_number(v) && tsn_as_double(v) == stop) tsn_throw(tsn_make_error(tsn_intrinsics.error_prototype, S("stop")));
  }
  return seen;
}

static tsn_value spread(tsn_value gen) {
  tsn_value out = A0();
  tsn_array_append_iterable(out, gen, "gen");
  return out;
}

void tsn_program_main(void) {
  log_array = A0();
  tsn_value counter = generator_fn(counter_entry, "counter", 1);
  tsn_value cleanup = generator_fn(cleanup_entry, "cleanup", 0);
  tsn_value catcher = generator_fn(catcher_entry, "catcher", 0);
  tsn_value each = generator_fn(each_entry, "each", 1);
  tsn_value reentrant = generator_fn(reentrant_entry, "reentrant", 0);
  tsn_value boom = generator_fn(boom_entry, "boom", 0);
  tsn_value anonymous = generator_fn(boom_entry, "", 0);

  T("counter", steps(CALL(counter, N(3)), 5));
  tsn_value c = CALL(counter, N(10));
  T("counter sent", A(M0(c, "next"), M(c, "next", N(4)), M(c, "next", TSN_UNDEFINED), M(c, "return", S("r")), M0(c, "next")));
  T("spread", spread(CALL(counter, N(4))));
  T("return before start", A(M(CALL(counter, N(3)), "return", N(7))));
  tsn_value thrown = CALL(counter, N(3));
  T("throw before start", M(thrown, "throw", S("early")));
  T("after throw before start", M0(thrown, "next"));
  T("throw at yield", ({ tsn_value g = CALL(counter, N(3)); M0(g, "next"); M(g, "throw", S("x")); }));
  T("return after done", ({ tsn_value g = CALL(counter, N(0)); M0(g, "next"); A(M(g, "return", N(5)), M0(g, "next")); }));
  T("throw after done", ({ tsn_value g = CALL(counter, N(0)); M0(g, "next"); M(g, "throw", N(5)); }));

  tsn_value g1 = CALL(cleanup);
  T("finally on return", A(M0(g1, "next"), M(g1, "return", S("ret")), M0(g1, "next"), M0(g1, "next")));
  T("finally log", take_log());
  tsn_value g2 = CALL(cleanup);
  T("finally on throw", A(M0(g2, "next"), M0(g2, "next"), M(g2, "throw", S("err"))));
  T("finally rethrows", M0(g2, "next"));
  T("after rethrow", A(M0(g2, "next"), take_log()));
  tsn_value g3 = CALL(cleanup);
  T("return inside finally", A(M0(g3, "next"), M(g3, "return", N(1)), M(g3, "return", N(2)), M0(g3, "next"), take_log()));
  T("finally normal", A(steps(CALL(cleanup), 4), take_log()));

  tsn_value k = CALL(catcher);
  T("catcher", A(M0(k, "next"), M(k, "throw", S("a")), M0(k, "next"), M(k, "throw", S("b"))));
  T("catcher uncaught", M(k, "throw", S("c")));
  T("catcher completed", A(M0(k, "next"), M(k, "return", N(1))));

  T("each", A(spread(CALL(each, A(N(1), N(2)))), take_log()));
  T("each closes source on consumer throw", consume_until(CALL(each, make_source()), 2));
  T("each close log", take_log());
  T("each closes source on return", ({ tsn_value g = CALL(each, make_source()); A(M0(g, "next"), M(g, "return", N(9)), take_log()); }));
  T("each closes source on throw", ({ tsn_value g = CALL(each, make_source()); M0(g, "next"); M(g, "throw", S("t")); }));
  T("each throw log", take_log());
  T("each runs to end", A(spread(CALL(each, make_source())), take_log()));
  tsn_value e1 = CALL(each, make_source()), e2 = CALL(each, make_source());
  T("interleaved", A(M0(e1, "next"), M0(e2, "next"), M0(e1, "next"), M(e2, "return", N(0)), M0(e1, "next"), take_log()));

  self_gen = CALL(reentrant);
  T("reentrant", M0(self_gen, "next"));
  T("reentrant after", M0(self_gen, "next"));
  tsn_value b = CALL(boom);
  T("boom", M0(b, "next"));
  T("boom throws", M0(b, "next"));
  T("boom completed", M0(b, "next"));

  tsn_value gen = CALL(counter, N(1));
  tsn_value gp = proto_of(proto_of(gen));
  T("new", tsn_construct(counter, 0, NULL, counter, "counter"));
  T("inspect", A(inspect(gen), inspect(counter), inspect(anonymous), inspect(gp), inspect(proto_of(counter))));
  T("tags", A(tag_of(gen), tag_of(counter), tag_of(gp)));
  T("own keys", A(own_keys(counter), own_keys(P(counter, "prototype")), own_keys(gp), own_keys(proto_of(counter))));
  T("prototype descriptor", M(G("Object"), "getOwnPropertyDescriptor", counter, S("prototype")));
  T("chains", A(same(proto_of(gen), P(counter, "prototype")), same(P(proto_of(counter), "prototype"), gp),
                same(proto_of(gp), P(G("Iterator"), "prototype")), same(proto_of(proto_of(counter)), P(G("Function"), "prototype")),
                same(P(gp, "constructor"), proto_of(counter)), same(proto_of(P(proto_of(counter), "constructor")), G("Function")),
                same(proto_of(P(counter, "prototype")), gp), same(proto_of(anonymous), proto_of(counter))));
  T("GeneratorFunction", A(P(P(proto_of(counter), "constructor"), "name"), P(P(proto_of(counter), "constructor"), "length")));
  T("methods", A(P(P(gp, "next"), "name"), P(P(gp, "next"), "length"), P(P(gp, "return"), "length"), P(P(gp, "throw"), "name")));
  T("incompatible next", M(P(gp, "next"), "call", NEW0(G("Object"))));
  T("incompatible return", M(P(gp, "return"), "call", N(5)));
  T("incompatible throw", M(P(gp, "throw"), "call", M0(A0(), "values")));
  T("helper next on generator", M(P(proto_of(M(M0(A0(), "values"), "map", F(identity, 1))), "next"), "call", gen));
  tsn_set(counter, tsn_str_intern_ascii("prototype"), N(5));
  T("non-object prototype", same(proto_of(CALL(counter, N(1))), gp));
  T("instanceof", tsn_from_bool(tsn_op_instanceof(CALL(boom), boom)));
  T("iterator helpers over a generator", M0(M(M(CALL(each, A(N(1), N(2), N(3))), "map", F(identity, 1)), "take", N(2)), "toArray"));
}
