#include "parallel.h"

#include "util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

typedef struct {
  parallel_fn fn;
  void *ctx;
  int n;
  atomic_int next;
} shared;

typedef struct {
  shared *s;
  int thread;
} worker_arg;

static void *work(void *arg) {
  worker_arg *w = arg;
  for (int i; (i = atomic_fetch_add(&w->s->next, 1)) < w->s->n;) w->s->fn(w->s->ctx, i, w->thread);
  return NULL;
}

void parallel_for(int n, int threads, parallel_fn fn, void *ctx) {
  if (threads < 1) threads = 1;
  if (threads > n) threads = n > 0 ? n : 1;
  shared s = {.fn = fn, .ctx = ctx, .n = n};
  atomic_init(&s.next, 0);
  pthread_t *tids = xcalloc((size_t)threads, sizeof *tids);
  worker_arg *args = xcalloc((size_t)threads, sizeof *args);
  int started = 0;
  for (int t = 1; t < threads; t++) {
    args[t] = (worker_arg){&s, t};
    if (pthread_create(&tids[t], NULL, work, &args[t]) == 0) started = t;
    else break;
  }
  args[0] = (worker_arg){&s, 0};
  work(&args[0]);
  for (int t = 1; t <= started; t++) pthread_join(tids[t], NULL);
  free(tids);
  free(args);
}
