/* The IR in the cache's binary format. A writer collects functions (and other
 * strings, such as the names whose address a unit takes) and puts each
 * distinct string once in a table ahead of them; a reader checks every count
 * and index against the input and the function it belongs to, so whatever
 * bytes it is given it returns either a function the analysis can walk
 * safely or NULL. */
#ifndef OSSL_LINT_IR_SERIAL_H
#define OSSL_LINT_IR_SERIAL_H

#include "bytes.h"
#include "ir.h"

typedef struct ir_writer ir_writer;

ir_writer *ir_writer_new(void);
void ir_write_string(ir_writer *w, const char *s);
void ir_write_count(ir_writer *w, int n);
void ir_write_function(ir_writer *w, const ir_function *f);
/* Append the string table and what was written to `out`; frees w. */
void ir_writer_finish(ir_writer *w, bytes_out *out);

struct arena;

typedef struct {
  const char **str; /* views into the input */
  size_t *len;
  int nstr;
  bytes_in in;
  /* With an arena (ir_reader_use_arena): every array, string and function
   * read goes in it, and each string of the table is copied once and shared. */
  struct arena *arena;
  char **interned; /* per string of the table: its copy in the arena, or NULL */
} ir_reader;

/* Read the string table; false (and in->bad) on a malformed one. */
bool ir_reader_open(ir_reader *r, bytes_in in);
/* From now on, allocate in `a` (which the caller frees, with everything read
 * into it: such functions must not go to ir_function_free). */
void ir_reader_use_arena(ir_reader *r, struct arena *a);
char *ir_read_string(ir_reader *r); /* a copy (with an arena: shared, not to be freed), or NULL */
int ir_read_count(ir_reader *r, size_t min_size);
ir_function *ir_read_function(ir_reader *r); /* NULL (and r->in.bad) on malformed input */
void ir_reader_close(ir_reader *r);

#endif
