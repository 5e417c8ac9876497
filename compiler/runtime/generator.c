/*
 * generator.c — the generator object state machine of ECMA-262 27.5.3: GeneratorStart's object,
 * GeneratorValidate, GeneratorResume and GeneratorResumeAbrupt around a compiled resume function.
 */
#include "generator.h"

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "realm.h"

tsn_value tsn_generator_create_branded(tsn_object *proto, tsn_generator_brand brand, tsn_resume_code resume, void *frame) {
  tsn_object *o = tsn_object_new_class(proto, TSN_CLASS_GENERATOR);
  tsn_generator *g = tsn_alloc(sizeof(tsn_generator));
  g->state = TSN_GEN_SUSPENDED_START;
  g->brand = (uint8_t)brand;
  g->resume = resume;
  g->frame = frame;
  o->internal = g;
  return tsn_from_cell(o);
}

tsn_value tsn_generator_create(tsn_object *callee, tsn_resume_code resume, void *frame) {
  tsn_value proto = tsn_get(tsn_from_cell(callee), tsn_atom.prototype);
  return tsn_generator_create_branded(tsn_is_object(proto) ? tsn_as_object(proto) : tsn_intrinsics.generator_prototype,
                                      TSN_BRAND_GENERATOR, resume, frame);
}

tsn_generator *tsn_generator_of(tsn_value v, tsn_generator_brand brand) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != TSN_CLASS_GENERATOR) return NULL;
  tsn_generator *g = tsn_as_object(v)->internal;
  return g->brand == brand ? g : NULL;
}

/* Puts the iterators the suspended body left open back on top of the open-iterator stack. */
static void reattach_open_iters(tsn_generator *g) {
  if (!g->open_iters) return;
  tsn_iter *bottom = g->open_iters;
  while (bottom->prev_open) bottom = bottom->prev_open;
  bottom->prev_open = tsn_iter_open_top;
  tsn_iter_open_top = g->open_iters;
  g->open_iters = NULL;
}

/* Takes the iterators opened above `mark` off the open-iterator stack into the generator (none
 * when the body closed `mark` itself, so the stack below it is never taken). */
static void detach_open_iters(tsn_generator *g, tsn_iter *mark) {
  if (tsn_iter_open_top == mark) return;
  tsn_iter *bottom = tsn_iter_open_top;
  while (bottom->prev_open != mark) {
    bottom = bottom->prev_open;
    if (!bottom) return;
  }
  bottom->prev_open = NULL;
  g->open_iters = tsn_iter_open_top;
  tsn_iter_open_top = mark;
}

static _Noreturn void throw_running(void) { tsn_throw_type_error("Generator is already running"); }

tsn_value tsn_generator_run(tsn_generator *g, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how) {
  tsn_iter *mark = tsn_iter_open_top;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  reattach_open_iters(g);
  g->state = TSN_GEN_EXECUTING;
  if (setjmp(h.jb) != 0) {
    TSN_TRY_POP(h);
    g->state = TSN_GEN_COMPLETED;
    tsn_throw(tsn_exception);
  }
  tsn_value result = g->resume(g->frame, mode, value, how);
  TSN_TRY_POP(h);
  if (*how == TSN_BODY_RETURN) {
    g->state = TSN_GEN_COMPLETED;
    g->frame = NULL; /* the finished body's locals are garbage now */
  } else {
    g->state = TSN_GEN_SUSPENDED_YIELD;
    detach_open_iters(g, mark);
  }
  return result;
}

static tsn_value run(tsn_generator *g, tsn_resume_mode mode, tsn_value value) {
  tsn_body_exit how;
  tsn_value result = tsn_generator_run(g, mode, value, &how);
  return tsn_iter_result(result, how == TSN_BODY_RETURN);
}

bool tsn_generator_step(tsn_generator *g, tsn_value *out) {
  switch (g->state) {
    case TSN_GEN_EXECUTING: throw_running();
    case TSN_GEN_COMPLETED: return false;
    default: {
      tsn_body_exit how;
      *out = tsn_generator_run(g, TSN_RESUME_NEXT, TSN_UNDEFINED, &how);
      return how != TSN_BODY_RETURN;
    }
  }
}


tsn_value tsn_generator_resume(tsn_generator *g, tsn_value value) {
  switch (g->state) {
    case TSN_GEN_EXECUTING: throw_running();
    case TSN_GEN_COMPLETED: return tsn_iter_result(TSN_UNDEFINED, true);
    default: return run(g, TSN_RESUME_NEXT, value);
  }
}

tsn_value tsn_generator_resume_abrupt(tsn_generator *g, tsn_resume_mode mode, tsn_value value) {
  if (g->state == TSN_GEN_SUSPENDED_START) {
    g->state = TSN_GEN_COMPLETED;
    g->frame = NULL;
  }
  switch (g->state) {
    case TSN_GEN_EXECUTING: throw_running();
    case TSN_GEN_COMPLETED:
      if (mode == TSN_RESUME_THROW) tsn_throw(value);
      return tsn_iter_result(value, true);
    default: return run(g, mode, value);
  }
}
