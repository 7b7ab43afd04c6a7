/* The cache of what each translation unit contributes to the whole-project
 * step: its functions' IR and the names whose address it takes, one file per
 * unit (BUILD_DIR/.ossl-lint-cache/HASH.tu). An entry is found by the unit's
 * file and command line, and used only when everything else that could change
 * it is unchanged: the content of every file the parse read (the source and
 * each header, hashed when it was parsed and again now), the model files, the
 * unit's configuration file and the checker itself (a hash of its executable,
 * in the entry's header). Summaries and rules are not cached: they are
 * computed over the whole project on every run.
 *
 * An entry is a 40-byte header (magic, format version, checker id, payload
 * length, payload checksum) and the payload. A damaged entry (short, foreign
 * magic, bad checksum or content) or one from another build of the checker is
 * ignored and rewritten; tu_cache_close says so once. Entries are written to a
 * temporary file that is renamed into place, so concurrent runs sharing a
 * cache never read a half-written one. */
#ifndef OSSL_LINT_TU_CACHE_H
#define OSSL_LINT_TU_CACHE_H

#include "frontend.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

/* An entry's header: 8 bytes of magic, then little-endian 64-bit words: the
 * format version, the checker's id, the payload's length, its checksum. */
#define TU_CACHE_MAGIC "OSSLCACH"
/* (6: a switch on `v = call(...)` tests both v and the call; ir_block.tests_eagain, rng_*;
 * ir_var.is_unsigned; 7: ir_arg.writes_through; 10: ir_arg.addr_var, ir_var.addr_args_only;
 * 11: a call given as an argument in a declaration's initializer is ARG_CALL; 24: ir_arg.field
 * "::NAME"; 25: ir_call.result_field; 26: ir_var.is_global, ir_call.callee_system;
 * 27: ir_event.stores_pointer; 28: ir_arg.param_field) */
enum { TU_CACHE_FORMAT_VERSION = 40, TU_CACHE_HEADER_SIZE = 40 };

typedef struct tu_cache tu_cache;

/* Read entries from dirs[0..ndirs) (the first that has a valid one wins) and
 * write to dirs[0] (created if missing) when `write`. `setup` hashes the
 * model files; `checker_id` identifies the checker's build. Overlays: files
 * whose content is taken from memory, not disk. */
tu_cache *tu_cache_open(char *const *dirs, int ndirs, bool write, uint64_t checker_id, uint64_t setup,
                        const file_overlay *overlays, int noverlays);
/* A hash of the content of `path` as the cache sees it (an overlay, else the
 * disk; 0 for a file that cannot be read), remembered for the run. */
uint64_t tu_cache_file_hash(tu_cache *c, const char *path);
/* Fill r (fns, addr_taken, errors, failed) from a valid, current entry for
 * the job; false on a miss. Safe to call on several threads at once (so is
 * tu_cache_file_hash); the other functions are not. `config` hashes the unit's configuration. An entry
 * of a unit that failed to parse (a missing header the key cannot see) is used
 * only when accept_failed (a --merge step, which parses nothing). */
bool tu_cache_load(tu_cache *c, const tu_job *job, uint64_t config, bool accept_failed, tu_result *r);
/* Write the entry for a parsed job (its deps collected). False on failure
 * (said once, at close). */
bool tu_cache_store(tu_cache *c, const tu_job *job, uint64_t config, const tu_result *r);
/* Whether open made the directory (the first run with this cache). */
bool tu_cache_created(const tu_cache *c);
/* How many entries were loaded, stored. */
void tu_cache_counts(const tu_cache *c, int *loaded, int *stored);
/* Say once, on `out`, what was wrong with the cache (damaged or foreign
 * entries, failed writes), then free it. */
void tu_cache_close(tu_cache *c, FILE *out);

/* A hash of the model file and of every *.yaml file beside it (the derived model). */
uint64_t tu_cache_setup_hash(const char *model_path);

/* The checker's own identity: a hash of its executable (/proc/self/exe) and
 * of `version`. */
uint64_t tu_cache_checker_id(const char *version);

/* Check one entry's bytes as read from disk, without a job or a file system:
 * returns true if it parsed; frees what it built (the fuzz target's entry point). */
bool tu_cache_parse_entry(const unsigned char *data, size_t len);

#endif
