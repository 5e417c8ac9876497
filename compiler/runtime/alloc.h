/*
 * alloc.h — the runtime's only allocator: Boehm libgc (conservative, scans stacks, registers and
 * static data). tsn_alloc returns zeroed memory that may hold pointers; tsn_alloc_atomic returns
 * memory that is never scanned (code-unit and byte buffers) and is not zeroed.
 * GC_MALLOC never returns NULL: on exhaustion libgc calls its out-of-memory handler and aborts.
 */
#ifndef TSN_ALLOC_H
#define TSN_ALLOC_H

#include <gc.h>

#define tsn_alloc(n) GC_MALLOC(n)
#define tsn_alloc_atomic(n) GC_MALLOC_ATOMIC(n)

#endif
