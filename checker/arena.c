#include "arena.h"

#include "util.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { CHUNK_SIZE = 64 * 1024, ALIGN = alignof(max_align_t) };

typedef struct chunk {
  struct chunk *next;
  size_t size, used;
  alignas(max_align_t) unsigned char data[];
} chunk;

struct arena {
  chunk *head; /* the chunk being filled; large blocks get one of their own, behind it */
  size_t used;
};

arena *arena_new(void) { return xcalloc(1, sizeof(arena)); }

static chunk *chunk_new(size_t size) {
  chunk *c = xmalloc(sizeof(chunk) + size);
  c->next = NULL;
  c->size = size;
  c->used = 0;
  return c;
}

void *arena_zalloc(arena *a, size_t n) {
  if (n == 0) n = 1;
  if (n > SIZE_MAX - ALIGN) abort();
  size_t need = (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
  a->used += need;
  if (need > CHUNK_SIZE / 4) { /* its own chunk, behind the current one */
    chunk *c = chunk_new(need);
    c->used = need;
    if (a->head) {
      c->next = a->head->next;
      a->head->next = c;
    } else {
      a->head = c;
    }
    memset(c->data, 0, need);
    return c->data;
  }
  if (!a->head || a->head->size - a->head->used < need) {
    chunk *c = chunk_new(CHUNK_SIZE);
    c->next = a->head;
    a->head = c;
  }
  void *p = a->head->data + a->head->used;
  a->head->used += need;
  memset(p, 0, need);
  return p;
}

void *arena_calloc(arena *a, size_t n, size_t size) {
  if (size && n > SIZE_MAX / size) abort();
  return arena_zalloc(a, n * size);
}

char *arena_strndup(arena *a, const char *s, size_t n) {
  if (n == SIZE_MAX) abort();
  char *d = arena_zalloc(a, n + 1);
  memcpy(d, s, n);
  return d;
}

size_t arena_used(const arena *a) { return a->used; }

void arena_free(arena *a) {
  if (!a) return;
  for (chunk *c = a->head, *next; c; c = next) {
    next = c->next;
    free(c);
  }
  free(a);
}
