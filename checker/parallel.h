/* Run fn(ctx, i) for i in [0, n) on up to `threads` threads (the calling one included). */
#ifndef OSSL_LINT_PARALLEL_H
#define OSSL_LINT_PARALLEL_H

typedef void (*parallel_fn)(void *ctx, int i, int thread);

/* `thread` (0..threads-1) tells the callback which thread runs it, for per-thread state. */
void parallel_for(int n, int threads, parallel_fn fn, void *ctx);

#endif
