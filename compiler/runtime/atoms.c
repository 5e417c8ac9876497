/*
 * atoms.c — the runtime's own interned strings (see atoms.h).
 */
#include "atoms.h"

#include "str.h"

tsn_atoms tsn_atom;

void tsn_atoms_init(void) {
#define TSN_ATOM_INIT(field, text) tsn_atom.field = tsn_str_intern_ascii(text);
  TSN_ATOM_LIST(TSN_ATOM_INIT)
#undef TSN_ATOM_INIT
}
