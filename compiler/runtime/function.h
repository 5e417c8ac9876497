/*
 * function.h — closures, the uniform calling convention, [[Call]] and [[Construct]].
 *
 * Every callable (compiled JS function, arrow, method, class constructor, builtin) is a tsn_object of
 * class TSN_CLASS_FUNCTION whose `internal` is a tsn_function. All are invoked through one C signature
 * (tsn_code), so indirect calls need no knowledge of the callee: missing arguments read as undefined
 * (callee's job: it reads argv[i] only when i < argc), extra arguments are ignored.
 */
#ifndef TSN_FUNCTION_H
#define TSN_FUNCTION_H

#include "object.h"
#include "stack_guard.h"

/* callee: the function object being called (gives the closure environment);
 * this_value: `this` as the caller provides it (undefined for plain calls: modules are strict);
 * new_target: undefined for [[Call]], the constructor for [[Construct]]. */
typedef tsn_value (*tsn_code)(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target);

typedef enum tsn_function_kind {
  TSN_FN_NORMAL = 0,    /* function declaration/expression: callable and constructible */
  TSN_FN_ARROW,         /* arrow: not constructible; `this` is captured by the compiler */
  TSN_FN_METHOD,        /* object/class method, getter, setter: not constructible */
  TSN_FN_CLASS,         /* base class constructor: [[Call]] throws "Class constructor X cannot be invoked without 'new'" */
  TSN_FN_DERIVED_CLASS, /* derived class constructor: `this` is bound by super(...) */
  TSN_FN_BUILTIN,       /* native library function: not constructible unless TSN_FNF_CONSTRUCTOR */
  TSN_FN_BOUND,         /* Function.prototype.bind result */
  TSN_FN_GENERATOR,     /* generator function or method (function*, *m() {}): not constructible; its [[Prototype]]
                         * is %GeneratorFunction.prototype% and its own `prototype` a fresh object inheriting
                         * %GeneratorPrototype% (writable, non-enumerable, non-configurable, no `constructor`) */
  TSN_FN_ASYNC,         /* async function, arrow or method: not constructible, no own `prototype`; its
                         * [[Prototype]] is %AsyncFunction.prototype% */
  TSN_FN_ASYNC_GENERATOR, /* async function* or async *m(): like a generator function, with
                           * %AsyncGeneratorFunction.prototype% and %AsyncGeneratorPrototype% */
} tsn_function_kind;

#define TSN_FNF_CONSTRUCTOR 1 /* builtin that may be called with new (Map, Error, ...) */

/* Closure environment record: the captured variables of one scope, chained to the enclosing scope. */
typedef struct tsn_env {
  tsn_cell hdr;            /* type TSN_CELL_ENV; aux = number of vars */
  struct tsn_env *parent;
  tsn_value vars[];        /* TSN_EMPTY = uninitialised (TDZ) */
} tsn_env;

typedef struct tsn_function {
  tsn_code code;
  tsn_env *env;            /* captured environment (NULL if none) */
  tsn_value name;          /* string */
  uint32_t length;         /* the "length" property: number of params before the first default/rest */
  uint8_t kind;            /* tsn_function_kind */
  uint8_t flags;           /* TSN_FNF_* */
  tsn_object *home_object; /* methods: the object whose prototype `super` refers to */
  tsn_value bound_target, bound_this; /* TSN_FN_BOUND */
  tsn_value *bound_args; uint32_t bound_argc;
  void *data;              /* per-builtin payload */
  /* compiled functions: the source text V8 would show for Function.prototype.toString (the program's
   * text after type stripping), TSN_EMPTY for builtins */
  tsn_value source;
  /* class constructors: instance field initialiser run on the new `this` (NULL if none) */
  void (*init_fields)(tsn_object *callee, tsn_value this_value);
} tsn_function;

static inline bool tsn_is_callable(tsn_value v) { return tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_FUNCTION; }
static inline tsn_function *tsn_as_function(tsn_value v) { return (tsn_function *)tsn_as_object(v)->internal; }

tsn_env *tsn_env_new(tsn_env *parent, uint32_t nvars);  /* vars start TSN_EMPTY */

/* Create a function object. `prototype` property: created for NORMAL, GENERATOR and class kinds (the
 * class prototype object is passed in by the compiler through tsn_define_own afterwards for classes). */
tsn_value tsn_function_new(tsn_code code, tsn_env *env, tsn_value name, uint32_t length, tsn_function_kind kind);
tsn_value tsn_builtin_new(tsn_code code, const char *name, uint32_t length);
/* Function.prototype.toString's result (ECMA-262 20.2.3.5): the compiled function's source text, or
 * V8's NativeFunction form "function name() { [native code] }" for builtins. */
tsn_value tsn_function_to_string(tsn_value f);
/* Install a builtin method on `target` (non-enumerable, as ECMA-262 builtins are). */
void tsn_define_builtin(tsn_object *target, const char *name, tsn_code code, uint32_t length);

/* [[Call]]: `callee_text` is the source text of the callee for V8's "x is not a function" message
 * (e.g. "obj.foo"); NULL gives a generic message built from the value. */
tsn_value tsn_call(tsn_value f, tsn_value this_value, int argc, const tsn_value *argv, const char *callee_text);
/* Call(f, this_value, args) with the arguments in an array without holes, or none when args is
 * undefined (queued callbacks: nextTick, timers). */
tsn_value tsn_call_with_array(tsn_value f, tsn_value this_value, tsn_value args);
/* Method call obj.key(...args) with an inline cache on the property load. */
tsn_value tsn_call_method(tsn_value obj, tsn_value key, tsn_ic *ic, int argc, const tsn_value *argv, const char *callee_text);
/* IsConstructor (ECMA-262 7.2.4): whether v has a [[Construct]] method. Any value; never throws. */
bool tsn_is_constructor(tsn_value v);
/* [[Construct]] (new f(...args)); throws TypeError "x is not a constructor". */
tsn_value tsn_construct(tsn_value f, int argc, const tsn_value *argv, tsn_value new_target, const char *callee_text);
/* OrdinaryCreateFromConstructor: an object whose prototype is new_target.prototype (fallback: `fallback_proto`). */
tsn_object *tsn_create_from_constructor(tsn_value new_target, tsn_object *fallback_proto, tsn_class_id cls);


/* OrdinaryCallBindThis (10.2.1.2) of a non-strict function: undefined and null become the global object,
 * primitives are boxed (ToObject); objects pass through. */
tsn_value tsn_sloppy_this(tsn_value this_value);

#endif
