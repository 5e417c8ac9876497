/**
 * The C spelling of each MIR runtime helper: a function of the printed operands, and what the C
 * expression yields (a value, a C bool that becomes a boolean value, or nothing).
 */
import type { RuntimeFn } from '../mir/mir.ts';

export interface RuntimeCall {
  readonly result: 'value' | 'bool' | 'void';
  readonly c: (a: readonly string[]) => string;
}

const call = (name: string, result: RuntimeCall['result'] = 'value'): RuntimeCall => ({ result, c: (a) => `${name}(${a.join(', ')})` });
const effect = (name: string): RuntimeCall => call(name, 'void');

export const RUNTIME_CALLS: Record<RuntimeFn, RuntimeCall> = {
  newObject: call('tsn_new_object'),
  newArray0: { result: 'value', c: () => 'tsn_new_array(0)' },
  arrayPush: effect('tsn_array_push'),
  arrayAppendIterable: effect('tsn_array_append_iterable'),
  arrayAppendHole: { result: 'void', c: ([arr]) => `tsn_array_set_length(${arr}, tsn_as_object(${arr})->length + 1)` },
  defineOwn: { result: 'void', c: ([o, k, v]) => `tsn_define_own(${o}, ${k}, ${v}, TSN_ATTR_DEFAULT)` },
  objectSpread: effect('tsn_object_spread'),
  defineMethod: effect('tsn_define_method'),
  defineField: effect('tsn_define_field'),
  setFunctionName: effect('tsn_set_function_name'),
  setHome: { result: 'void', c: ([f, o]) => `tsn_as_function(${f})->home_object = ${o}` },
  setSource: { result: 'void', c: ([f, s]) => `tsn_as_function(${f})->source = ${s}` },
  deleteProperty: { result: 'bool', c: ([o, k]) => `tsn_delete_property(${o}, tsn_to_property_key(${k}))` },
  deletePropertySloppy: { result: 'bool', c: ([o, k]) => `tsn_delete_property_sloppy(${o}, tsn_to_property_key(${k}))` },
  superGet: { result: 'value', c: ([h, t, k]) => `tsn_super_get(${h}, ${t}, tsn_to_property_key(${k}))` },
  privateNameNew: call('tsn_private_name_new'),
  privateGet: call('tsn_private_get'),
  privateSet: effect('tsn_private_set'),
  privateIn: call('tsn_private_in', 'bool'),
  forInKeys: call('tsn_for_in_keys'),
  iterOpen: effect('tsn_iter_open'),
  iterClose: effect('tsn_iter_close'),
  destructureIterable: call('tsn_destructure_iterable'),
  objectRest: call('tsn_object_rest'),
  requireObjectCoercible: call('tsn_require_object_coercible'),
  regExpCreate: call('tsn_regexp_create'),
  sloppyThis: call('tsn_sloppy_this'),
  globalSet: { result: 'void', c: ([name, v, strict]) => `tsn_global_set(${name}, ${v}, ${strict})` },
  globalDelete: call('tsn_global_delete', 'bool'),
  argumentsNew: { result: 'value', c: ([formals]) => `tsn_arguments_new(callee, argc, argv, ${formals})` },
  mappedParamGet: call('tsn_arguments_param_get'),
  mappedParamSet: effect('tsn_arguments_param_set'),
  throwConstAssign: { result: 'void', c: () => 'tsn_throw_type_error("Assignment to constant variable.")' },
  throwThisTdz: effect('tsn_throw_this_tdz'),
  throwSuperTwice: { result: 'void', c: () => 'tsn_throw_reference_error("Super constructor may only be called once")' },
  throwDerivedReturn: { result: 'void', c: () => 'tsn_throw_type_error("Derived constructors may only return object or undefined")' },
  callFieldsInit: { result: 'void', c: ([fn, self]) => `${fn}(callee, ${self}, 0, NULL, TSN_UNDEFINED)` },
  callStaticInit: { result: 'void', c: ([fn, ctor]) => `${fn}(tsn_as_object(${ctor}), ${ctor}, 0, NULL, TSN_UNDEFINED)` },
  functionHome: { result: 'value', c: () => 'tsn_function_home(callee)' },
  strConcat: call('tsn_str_concat'),
  isObject: call('tsn_is_object', 'bool'),
  caughtException: { result: 'value', c: () => 'tsn_exception' },
  getIterator: call('tsn_get_iterator'),
  getAsyncIterator: call('tsn_get_async_iterator'),
  iterResultCheck: call('tsn_iter_result_check'),
  iteratorMethod: call('tsn_iterator_method'),
  callIterMethod: call('tsn_call_iterator_method'),
  iterResultDone: call('tsn_iter_result_done', 'bool'),
  iterResultValue: call('tsn_iter_result_value'),
  throwYieldStarNoThrow: effect('tsn_throw_yield_star_no_throw'),
};
