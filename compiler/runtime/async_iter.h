/*
 * async_iter.h — async iteration (ECMA-262 27.1.4-27.1.6): GetIterator(obj, async) with the
 * CreateAsyncFromSyncIterator fallback, the check of an awaited iterator result, and the
 * %AsyncIteratorPrototype% / %AsyncFromSyncIteratorPrototype% objects.
 */
#ifndef TSN_ASYNC_ITER_H
#define TSN_ASYNC_ITER_H

#include "object.h"

/* GetIterator(iterable, async) (7.4.3): iterable[Symbol.asyncIterator](), or the sync iterator wrapped
 * by CreateAsyncFromSyncIterator; the next method in *next_out. TypeError "x is not async iterable"
 * (V8's text: `source_text`, else a rendering of the value). */
tsn_value tsn_get_async_iterator(tsn_value iterable, const char *source_text, tsn_value *next_out);
/* The awaited result of an async iterator's next/return must be an object: TypeError
 * "Iterator result x is not an object" otherwise. Returns it. */
tsn_value tsn_iter_result_check(tsn_value result);

#endif
