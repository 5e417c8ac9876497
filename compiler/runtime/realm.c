/*
 * realm.c — creates the intrinsic prototypes, the well-known symbols and the global object in a
 * fixed order, then lets every builtin library install itself (tsn_lib_*_init, fixed order).
 */
#include "realm.h"

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "function.h"
#include "str.h"
#include "symbol.h"

tsn_realm tsn_intrinsics;

/* Function.prototype is itself a function that accepts any arguments and returns undefined. */
static tsn_value function_prototype_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return TSN_UNDEFINED;
}

static tsn_object *wrapper_prototype(tsn_object *proto, tsn_class_id cls, tsn_value primitive) {
  tsn_object *o = tsn_object_new_class(proto, cls);
  o->internal = (void *)(uintptr_t)primitive;
  return o;
}

static tsn_value well_known_symbol(const char *description) {
  return tsn_symbol_new(tsn_str_intern_ascii(description));
}

void tsn_realm_init(int argc, char **argv) {
  tsn_realm *r = &tsn_intrinsics;
  tsn_atoms_init();
  r->object_prototype = tsn_object_new(NULL);
  r->function_prototype = tsn_object_new_class(r->object_prototype, TSN_CLASS_FUNCTION);
  tsn_function *fp = tsn_alloc(sizeof(tsn_function));
  fp->code = function_prototype_code;
  fp->name = tsn_atom.empty;
  fp->kind = TSN_FN_BUILTIN;
  fp->bound_target = fp->bound_this = TSN_UNDEFINED;
  r->function_prototype->internal = fp;
  tsn_define_own(r->function_prototype, tsn_atom.length, tsn_from_double(0), TSN_ATTR_CONFIGURABLE);
  tsn_define_own(r->function_prototype, tsn_atom.name, tsn_atom.empty, TSN_ATTR_CONFIGURABLE);

  r->array_prototype = tsn_object_new_class(r->object_prototype, TSN_CLASS_ARRAY);
  r->string_prototype = wrapper_prototype(r->object_prototype, TSN_CLASS_STRING, tsn_atom.empty);
  r->number_prototype = wrapper_prototype(r->object_prototype, TSN_CLASS_NUMBER, tsn_from_double(0));
  r->boolean_prototype = wrapper_prototype(r->object_prototype, TSN_CLASS_BOOLEAN, TSN_FALSE);
  r->symbol_prototype = tsn_object_new(r->object_prototype);
  r->error_prototype = tsn_object_new(r->object_prototype);
  r->type_error_prototype = tsn_object_new(r->error_prototype);
  r->range_error_prototype = tsn_object_new(r->error_prototype);
  r->reference_error_prototype = tsn_object_new(r->error_prototype);
  r->syntax_error_prototype = tsn_object_new(r->error_prototype);
  r->eval_error_prototype = tsn_object_new(r->error_prototype);
  r->uri_error_prototype = tsn_object_new(r->error_prototype);
  r->aggregate_error_prototype = tsn_object_new(r->error_prototype);
  r->map_prototype = tsn_object_new(r->object_prototype);
  r->set_prototype = tsn_object_new(r->object_prototype);
  r->iterator_prototype = tsn_object_new(r->object_prototype);
  r->array_iterator_prototype = tsn_object_new(r->iterator_prototype);
  r->string_iterator_prototype = tsn_object_new(r->iterator_prototype);
  r->map_iterator_prototype = tsn_object_new(r->iterator_prototype);
  r->set_iterator_prototype = tsn_object_new(r->iterator_prototype);
  r->generator_function_prototype = tsn_object_new(r->function_prototype);
  r->generator_prototype = tsn_object_new(r->iterator_prototype);
  r->iterator_helper_prototype = tsn_object_new(r->iterator_prototype);
  r->wrap_for_valid_iterator_prototype = tsn_object_new(r->iterator_prototype);
  r->promise_prototype = tsn_object_new(r->object_prototype);
  r->async_function_prototype = tsn_object_new(r->function_prototype);
  r->async_iterator_prototype = tsn_object_new(r->object_prototype);
  r->async_from_sync_iterator_prototype = tsn_object_new(r->async_iterator_prototype);
  r->async_generator_function_prototype = tsn_object_new(r->function_prototype);
  r->async_generator_prototype = tsn_object_new(r->async_iterator_prototype);
  r->array_buffer_prototype = tsn_object_new(r->object_prototype);
  r->shared_array_buffer_prototype = tsn_object_new(r->object_prototype);
  r->data_view_prototype = tsn_object_new(r->object_prototype);
  r->typed_array_prototype = tsn_object_new(r->object_prototype);

  r->symbol_iterator = well_known_symbol("Symbol.iterator");
  r->symbol_async_iterator = well_known_symbol("Symbol.asyncIterator");
  r->symbol_to_primitive = well_known_symbol("Symbol.toPrimitive");
  r->symbol_has_instance = well_known_symbol("Symbol.hasInstance");
  r->symbol_to_string_tag = well_known_symbol("Symbol.toStringTag");
  r->symbol_species = well_known_symbol("Symbol.species");
  r->symbol_is_concat_spreadable = well_known_symbol("Symbol.isConcatSpreadable");
  r->symbol_unscopables = well_known_symbol("Symbol.unscopables");

  r->global = tsn_object_new(r->object_prototype);
  r->global->hdr.bits |= TSN_OBJ_IS_PROTO; /* changes bump tsn_proto_epoch: compiled global-read caches depend on it */

  tsn_lib_object_init();
  tsn_lib_function_init();
  tsn_lib_symbol_init();
  tsn_lib_error_init();
  tsn_lib_boolean_init();
  tsn_lib_number_init();
  tsn_lib_math_init();
  tsn_lib_string_init();
  tsn_lib_array_init();
  tsn_lib_iterator_init();
  tsn_lib_iterator_helpers_init();
  tsn_lib_generator_init();
  tsn_lib_map_set_init();
  tsn_lib_promise_init();
  tsn_lib_async_function_init();
  tsn_lib_async_iterator_init();
  tsn_lib_async_generator_init();
  tsn_lib_regexp_init();
  tsn_lib_array_buffer_init();
  tsn_lib_typed_array_init();
  tsn_lib_data_view_init();
  tsn_lib_atomics_init();
  tsn_lib_json_init();
  tsn_lib_console_init();
  tsn_lib_process_init(argc, argv);
  tsn_lib_timers_init();
}

tsn_value tsn_global_get(tsn_value name_interned) {
  tsn_object *g = tsn_intrinsics.global;
  int attrs;
  tsn_value *slot = tsn_own_slot(g, name_interned, &attrs);
  if (slot && !(attrs & TSN_ATTR_ACCESSOR)) return *slot;
  if (slot || tsn_has_property(tsn_from_cell(g), name_interned)) return tsn_get(tsn_from_cell(g), name_interned);
  tsn_throw_reference_error("%s is not defined", tsn_key_text(name_interned));
}
