/* A region allocator: many small blocks carved from a few large chunks, all
 * freed at once. A translation unit read from the cache puts its whole IR in
 * one (ir_serial.c), so reading allocates a few chunks instead of one block
 * per array and string, and freeing the unit is one call instead of a walk of
 * every function (such functions must never go to ir_function_free). */
#ifndef OSSL_LINT_ARENA_H
#define OSSL_LINT_ARENA_H

#include <stddef.h>

typedef struct arena arena;

arena *arena_new(void);
/* n zeroed bytes, aligned for any object; never NULL (out of memory aborts). */
void *arena_zalloc(arena *a, size_t n);
/* An array of n elements of `size` bytes, zeroed (the product checked). */
void *arena_calloc(arena *a, size_t n, size_t size);
/* A NUL-terminated copy of the n bytes at s. */
char *arena_strndup(arena *a, const char *s, size_t n);
/* Bytes handed out, for tests. */
size_t arena_used(const arena *a);
void arena_free(arena *a);

#endif
