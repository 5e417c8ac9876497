/*
 * console_table.c — console.table's rows, columns and box drawing (see console_table.h).
 * Columns are kept as sparse lists (TSN_EMPTY = no cell, printed empty) like Node's arrays.
 */
#include "console_table.h"

#include <math.h>

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "function.h"
#include "inspect.h"
#include "lib_iterator.h"
#include "object.h"
#include "str.h"
#include "string_width.h"

typedef struct column { tsn_value *cells; uint32_t length, cap; } column;

static void column_set(column *c, uint32_t i, tsn_value cell) {
  if (i >= c->cap) {
    uint32_t cap = c->cap ? c->cap : 8;
    while (cap <= i) cap *= 2;
    tsn_value *cells = tsn_alloc(cap * sizeof(tsn_value)); /* zeroed: TSN_EMPTY */
    if (c->length) memcpy(cells, c->cells, c->length * sizeof(tsn_value));
    c->cells = cells;
    c->cap = cap;
  }
  c->cells[i] = cell;
  if (i >= c->length) c->length = i + 1;
}

static void column_push(column *c, tsn_value cell) { column_set(c, c->length, cell); }

/* The table under construction: head[i] names columns[i]. */
typedef struct table { tsn_value *head; column *columns; uint32_t n, cap; } table;

static column *table_add(table *t, tsn_value head) {
  if (t->n == t->cap) {
    uint32_t cap = t->cap ? t->cap * 2 : 4;
    tsn_value *h = tsn_alloc(cap * sizeof(tsn_value));
    column *c = tsn_alloc(cap * sizeof(column));
    if (t->n) {
      memcpy(h, t->head, t->n * sizeof(tsn_value));
      memcpy(c, t->columns, t->n * sizeof(column));
    }
    t->head = h;
    t->columns = c;
    t->cap = cap;
  }
  t->head[t->n] = head;
  return &t->columns[t->n++];
}

/* The cell text of a value: util.inspect with depth 0 (-1 for non-array objects with more than two
 * own enumerable string keys), maxArrayLength 3, breakLength Infinity. */
static tsn_value cell_text(tsn_value v) {
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  o.depth = 0;
  if (tsn_is_object(v) && !tsn_is_array(v) && !tsn_is_callable(v)) {
    uint32_t n;
    tsn_own_keys(tsn_as_object(v), true, false, &n);
    if (n > 2) o.depth = -1;
  }
  o.max_array_length = 3;
  o.break_length = INFINITY;
  return tsn_inspect(v, &o);
}

static tsn_value ascii(const char *s) { return tsn_str_from_utf8(s, strlen(s)); }

static void push_repeat(tsn_strbuf *b, const char *piece, uint32_t n) {
  tsn_value p = ascii(piece);
  for (uint32_t i = 0; i < n; i++) tsn_strbuf_push_string(b, p);
}

/* One line of boxes: `left`, each column's `fill` * (width + 2) joined by `join`, `right`. */
static void push_rule(tsn_strbuf *b, const uint32_t *widths, uint32_t n, const char *left, const char *join, const char *right) {
  tsn_strbuf_push_string(b, ascii(left));
  for (uint32_t i = 0; i < n; i++) {
    if (i) tsn_strbuf_push_string(b, ascii(join));
    push_repeat(b, "─", widths[i] + 2);
  }
  tsn_strbuf_push_string(b, ascii(right));
}

/* renderRow: "│ " cells padded to their column width joined by " │ " then " │". */
static void push_row(tsn_strbuf *b, const tsn_value *cells, const uint32_t *widths, uint32_t n) {
  tsn_strbuf_push_string(b, ascii("│ "));
  for (uint32_t i = 0; i < n; i++) {
    tsn_strbuf_push_string(b, cells[i]);
    uint32_t w = tsn_string_width(cells[i]);
    push_repeat(b, " ", widths[i] > w ? widths[i] - w : 0);
    if (i + 1 != n) tsn_strbuf_push_string(b, ascii(" │ "));
  }
  tsn_strbuf_push_string(b, ascii(" │"));
}

/* cli_table's table(head, columns). */
static tsn_value render(const table *t) {
  uint32_t rows = 0;
  uint32_t *widths = tsn_alloc_atomic((t->n + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < t->n; i++) {
    widths[i] = tsn_string_width(t->head[i]);
    if (t->columns[i].length > rows) rows = t->columns[i].length;
  }
  tsn_value *cells = tsn_alloc(((size_t)rows * t->n + 1) * sizeof(tsn_value));
  for (uint32_t i = 0; i < t->n; i++) {
    for (uint32_t j = 0; j < rows; j++) {
      const column *c = &t->columns[i];
      tsn_value cell = j < c->length && c->cells[j] != TSN_EMPTY ? c->cells[j] : tsn_atom.empty;
      cells[(size_t)j * t->n + i] = cell;
      uint32_t w = tsn_string_width(cell);
      if (w > widths[i]) widths[i] = w;
    }
  }
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  push_rule(&b, widths, t->n, "┌", "┬", "┐\n");
  push_row(&b, t->head, widths, t->n);
  tsn_strbuf_push_unit(&b, '\n');
  push_rule(&b, widths, t->n, "├", "┼", "┤\n");
  for (uint32_t j = 0; j < rows; j++) {
    push_row(&b, cells + (size_t)j * t->n, widths, t->n);
    tsn_strbuf_push_unit(&b, '\n');
  }
  push_rule(&b, widths, t->n, "└", "┴", "┘");
  return tsn_strbuf_finish(&b);
}

static column *index_column(table *t, const char *head, uint32_t length) {
  column *c = table_add(t, ascii(head));
  for (uint32_t i = 0; i < length; i++) column_push(c, cell_text(tsn_from_double(i)));
  return c;
}

/* Rows of a Map or of a Map entries() iterator preview (flat key, value list). */
static tsn_value map_table(tsn_mapset *m, tsn_value preview) {
  table t = { 0 };
  column keys = { 0 }, values = { 0 };
  if (m) {
    tsn_mapset_cursor cur;
    tsn_mapset_cursor_init(&cur, m);
    tsn_value k, v;
    while (tsn_mapset_cursor_next(&cur, &k, &v)) {
      column_push(&keys, cell_text(k));
      column_push(&values, cell_text(v));
    }
  } else {
    tsn_object *p = tsn_as_object(preview);
    for (uint32_t i = 0; i + 1 < p->length; i += 2) {
      column_push(&keys, cell_text(tsn_get_index(preview, tsn_from_double(i))));
      column_push(&values, cell_text(tsn_get_index(preview, tsn_from_double(i + 1))));
    }
  }
  index_column(&t, "(iteration index)", keys.length);
  *table_add(&t, ascii("Key")) = keys;
  *table_add(&t, ascii("Values")) = values;
  return render(&t);
}

/* Rows of a Set or of a value list (iterator preview). */
static tsn_value values_table(tsn_mapset *s, tsn_value list) {
  table t = { 0 };
  column values = { 0 };
  if (s) {
    tsn_mapset_cursor cur;
    tsn_mapset_cursor_init(&cur, s);
    tsn_value v;
    while (tsn_mapset_cursor_next(&cur, &v, NULL)) column_push(&values, cell_text(v));
  } else {
    for (uint32_t i = 0; i < tsn_as_object(list)->length; i++) column_push(&values, cell_text(tsn_get_index(list, tsn_from_double(i))));
  }
  index_column(&t, "(iteration index)", values.length);
  *table_add(&t, ascii("Values")) = values;
  return render(&t);
}

static bool is_primitive(tsn_value v) { return !tsn_is_object(v); }

/* Rows of any other object: one per own enumerable key, columns per property of the row values
 * (or `properties`), plus "Values" for primitive rows. Column order is the own-key order of a
 * null-prototype object keyed by the column names, as in Node. */
static tsn_value object_table(tsn_value data, tsn_value properties) {
  uint32_t nrows;
  tsn_value *row_keys = tsn_own_keys(tsn_as_object(data), true, false, &nrows);
  tsn_object *by_key = tsn_object_new(NULL); /* column key -> column index + 1 */
  column *cols = NULL;
  tsn_value *col_keys = NULL;
  uint32_t ncols = 0, cap = 0;
  column primitives = { 0 };
  bool has_primitives = false;
  bool has_properties = !tsn_is_undefined(properties);
  for (uint32_t i = 0; i < nrows; i++) {
    tsn_value item = tsn_get(data, row_keys[i]);
    bool primitive = is_primitive(item);
    if (!has_properties && primitive) {
      has_primitives = true;
      column_set(&primitives, i, cell_text(item));
      continue;
    }
    uint32_t nkeys;
    tsn_value *keys;
    if (has_properties) {
      nkeys = tsn_as_object(properties)->length;
      keys = tsn_alloc((nkeys + 1) * sizeof(tsn_value));
      for (uint32_t k = 0; k < nkeys; k++) keys[k] = tsn_to_property_key(tsn_get_index(properties, tsn_from_double(k)));
    } else {
      keys = tsn_own_keys(tsn_as_object(item), true, false, &nkeys);
    }
    for (uint32_t k = 0; k < nkeys; k++) {
      int attrs;
      tsn_value *slot = tsn_own_slot(by_key, keys[k], &attrs);
      uint32_t index;
      if (slot) {
        index = (uint32_t)tsn_as_double(*slot);
      } else {
        if (ncols == cap) {
          cap = cap ? cap * 2 : 8;
          column *c = tsn_alloc(cap * sizeof(column));
          tsn_value *ck = tsn_alloc(cap * sizeof(tsn_value));
          if (ncols) {
            memcpy(c, cols, ncols * sizeof(column));
            memcpy(ck, col_keys, ncols * sizeof(tsn_value));
          }
          cols = c;
          col_keys = ck;
        }
        index = ncols++;
        memset(&cols[index], 0, sizeof(column));
        col_keys[index] = keys[k];
        tsn_define_own(by_key, keys[k], tsn_from_double(index), TSN_ATTR_DEFAULT);
      }
      bool own = !primitive && tsn_has_own_property(tsn_as_object(item), keys[k]);
      column_set(&cols[index], i, own ? cell_text(tsn_get(item, keys[k])) : tsn_atom.empty);
    }
  }
  table t = { 0 };
  column *index = table_add(&t, ascii("(index)"));
  for (uint32_t i = 0; i < nrows; i++) column_push(index, row_keys[i]);
  uint32_t norder;
  tsn_value *order = tsn_own_keys(by_key, true, false, &norder);
  for (uint32_t i = 0; i < norder; i++) {
    uint32_t c = (uint32_t)tsn_as_double(*tsn_own_slot(by_key, order[i], &(int){ 0 }));
    *table_add(&t, col_keys[c]) = cols[c];
  }
  if (has_primitives) *table_add(&t, ascii("Values")) = primitives;
  return render(&t);
}

tsn_value tsn_console_table(tsn_value data, tsn_value properties) {
  if (!tsn_is_undefined(properties) && !tsn_is_array(properties))
    tsn_throw_type_error("The \"properties\" argument must be an instance of Array.");
  if (!tsn_is_object(data) || tsn_is_callable(data)) return TSN_EMPTY;
  bool key_value = false;
  tsn_value preview = tsn_preview_entries(data, &key_value);
  tsn_mapset *map = tsn_mapset_of(data, TSN_CLASS_MAP), *set = tsn_mapset_of(data, TSN_CLASS_SET);
  bool map_iterator = key_value && ((tsn_builtin_iterator *)tsn_as_object(data)->internal)->iter_class == TSN_BUILTIN_ITER_MAP;
  if (map_iterator || map) return map_table(map, preview); /* Set entries() previews are plain value lists */
  if (set || !tsn_is_undefined(preview)) return values_table(set, preview);
  return object_table(data, properties);
}
