/* A finding's path: the steps the rules add, in order, from the analysis's
 * witnesses (analysis.h: facts_queue_witness) and from paths of the CFG
 * between two calls of one function. A branch step says which way a
 * condition went (`n <= 0` is true), a loop step where a loop goes round. */
#ifndef OSSL_LINT_RULES_PATH_H
#define OSSL_LINT_RULES_PATH_H

#include "analysis.h"
#include "findings.h"

/* A path of blocks: blocks[i] is left by its edge edges[i] (the last: -1). */
typedef struct {
  int *blocks, *edges;
  int n;
} block_path;

void block_path_free(block_path *p);


/* A shortest path of the CFG from right after event from_ev of from_block to
 * just before event to_ev of to_block (to_ev = nev: the block's end), that
 * runs no call marked in `blocked` (per call, or NULL) between the two. */
bool path_between(const ir_function *f, int from_block, int from_ev, int to_block, int to_ev,
                  const bool *blocked, block_path *out);

/* The steps for the edges taken out of blocks[from .. to-1] (to <= n - 1):
 * a branch step per condition taken, a loop step on each back edge (an edge
 * to a block on the stack of a depth-first walk from the entry). */
void path_add_edges(finding *fd, const ir_function *f, const int *blocks, const int *edges, int n, int from,
                    int to);
/* The same from event first_ev of blocks[from] (exclusive; -1: all of it) to
 * event last_ev of blocks[to] (exclusive), with a step for each call on the
 * way that clears the queue on some of its paths only (x: f's facts). */
void path_add_walk(finding *fd, const ir_function *f, const fn_facts *x, const int *blocks, const int *edges,
                   int n, int from, int to, int first_ev, int last_ev);

/* The branch steps between two calls of f (from runs first, then to), on a
 * shortest path that runs no call marked in `blocked`; false when there is none. */
bool path_add_between_calls(finding *fd, const ir_function *f, int from, int to, const bool *blocked);

/* The path of a call that runs between an I/O call and its classification
 * (OSSL002, OSSL004): the I/O call, the branches to the call (its step:
 * kind, msg, owned), the branches to the classification, the classification. */
void path_add_between(finding *fd, const ir_function *f, const fn_facts *x, const between_call *b, const char *kind,
                      char *msg);

/* The I/O call io (when >= 0), the branches to classification k, and k:
 * the end of most paths. */
void path_add_classified(finding *fd, const ir_function *f, const fn_facts *x, int io, int k, char *classify_msg);

/* The steps of a classification by a project function (call k of f) that
 * drains the queue before it classifies (call_effect.drains_before_classify):
 * the I/O call io, the way to k, the draining call inside the classifier
 * (followed into the classifiers it hands the result on to; left out where
 * no one definition is known), then k. */
void path_add_drain_inside_classifier(finding *fd, const project *p, const ir_function *f, const fn_facts *x, int io,
                                      int k);

/* Per call of f, whether it is TLS I/O (other than `except`): the calls a
 * path from an I/O call to its classification must not run. Caller frees. */
bool *path_io_calls(const ir_function *f, const fn_facts *x, int except);

#endif
