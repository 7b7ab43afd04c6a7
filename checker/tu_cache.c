#include "tu_cache.h"

#include "arena.h"
#include "bytes.h"
#include "hash.h"
#include "ir_serial.h"
#include "util.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const char MAGIC[8] = {'O', 'S', 'S', 'L', 'C', 'A', 'C', 'H'};
enum { FORMAT_VERSION = TU_CACHE_FORMAT_VERSION, HEADER_SIZE = TU_CACHE_HEADER_SIZE };
#define ENTRY_SUFFIX ".tu"

typedef struct {
  char *path;
  uint64_t hash;
} file_hash;

struct tu_cache {
  /* Entries are loaded on the -j threads: the memo and the counts below are
   * shared, under this lock (a file is read and hashed outside it). */
  pthread_mutex_t lock;
  char **dirs;
  int ndirs;
  bool write, created;
  uint64_t checker_id, setup;
  const file_overlay *overlays;
  int noverlays;
  file_hash *memo; /* open addressing by path */
  size_t nmemo, memo_slots;
  int loaded, stored;
  int damaged, foreign, write_failures;
  char *first_damage, *first_write_failure;
};

/* ---- files ---- */

/* The whole file (NUL-terminated for convenience), or NULL. */
static unsigned char *read_file(const char *path, size_t *len) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    close(fd);
    return NULL;
  }
  size_t cap = (size_t)st.st_size + 2, n = 0; /* room for the read that sees the end: no realloc */
  unsigned char *buf = xmalloc(cap);
  for (;;) {
    if (n + 1 >= cap) buf = xrealloc(buf, cap *= 2); /* grew since the stat */
    ssize_t got = read(fd, buf + n, cap - 1 - n);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) {
      free(buf);
      close(fd);
      return NULL;
    }
    if (got == 0) break;
    n += (size_t)got;
  }
  close(fd);
  buf[n] = '\0';
  *len = n;
  return buf;
}

static void mkdirs(const char *dir) {
  char *copy = xstrdup(dir);
  for (char *p = copy + 1; *p; p++)
    if (*p == '/') {
      *p = '\0';
      mkdir(copy, 0777);
      *p = '/';
    }
  mkdir(copy, 0777);
  free(copy);
}

uint64_t tu_cache_checker_id(const char *version) {
  uint64_t h = hash64_str(version, FORMAT_VERSION);
  size_t len;
  unsigned char *exe = read_file("/proc/self/exe", &len);
  if (exe) h = hash64_mix(h, hash64(exe, len, 0));
  free(exe);
  return h;
}

/* The temporary files of runs that were killed while writing (a live run's
 * is minutes old at most). */
static void remove_stale_temporaries(const char *dir) {
  DIR *d = opendir(dir);
  if (!d) return;
  time_t now = time(NULL);
  for (struct dirent *e; (e = readdir(d));) {
    if (!strstr(e->d_name, ENTRY_SUFFIX ".tmp.")) continue;
    char *path = xasprintf("%s/%s", dir, e->d_name);
    struct stat st;
    if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) && now - st.st_mtime > 3600) unlink(path);
    free(path);
  }
  closedir(d);
}

/* ---- opening, the memo of file contents ---- */

tu_cache *tu_cache_open(char *const *dirs, int ndirs, bool write, uint64_t checker_id, uint64_t setup,
                        const file_overlay *overlays, int noverlays) {
  tu_cache *c = xcalloc(1, sizeof *c);
  pthread_mutex_init(&c->lock, NULL);
  c->dirs = xcalloc((size_t)ndirs + 1, sizeof *c->dirs);
  for (int i = 0; i < ndirs; i++) c->dirs[i] = xstrdup(dirs[i]);
  c->ndirs = ndirs;
  c->write = write && ndirs > 0;
  c->checker_id = checker_id;
  c->setup = setup;
  c->overlays = overlays;
  c->noverlays = noverlays;
  c->memo_slots = 1024;
  c->memo = xcalloc(c->memo_slots, sizeof *c->memo);
  if (c->write) {
    struct stat st;
    c->created = stat(c->dirs[0], &st) != 0;
    if (c->created) mkdirs(c->dirs[0]);
    else remove_stale_temporaries(c->dirs[0]);
  }
  return c;
}

static file_hash *memo_slot(file_hash *v, size_t slots, const char *path) {
  size_t h = (size_t)hash64_str(path, 0) & (slots - 1);
  while (v[h].path && strcmp(v[h].path, path)) h = (h + 1) & (slots - 1);
  return &v[h];
}

/* The hash of a file's content as the cache sees it (an overlay, else the disk). */
static uint64_t content_hash(const tu_cache *c, const char *path) {
  for (int i = 0; i < c->noverlays; i++)
    if (!strcmp(c->overlays[i].path, path)) return hash64(c->overlays[i].contents, c->overlays[i].len, 0);
  size_t len;
  unsigned char *text = read_file(path, &len);
  uint64_t h = text ? hash64(text, len, 0) : 0;
  free(text);
  return h;
}

uint64_t tu_cache_file_hash(tu_cache *c, const char *path) {
  pthread_mutex_lock(&c->lock);
  file_hash *slot = memo_slot(c->memo, c->memo_slots, path);
  bool known = slot->path != NULL;
  uint64_t h = slot->hash;
  pthread_mutex_unlock(&c->lock);
  if (known) return h;
  h = content_hash(c, path); /* outside the lock: another thread may hash the same file meanwhile */
  pthread_mutex_lock(&c->lock);
  slot = memo_slot(c->memo, c->memo_slots, path);
  if (slot->path) { /* it did: keep the first (the same content, unless the file changed in between) */
    h = slot->hash;
    pthread_mutex_unlock(&c->lock);
    return h;
  }
  slot->path = xstrdup(path);
  slot->hash = h;
  if (++c->nmemo * 2 > c->memo_slots) {
    size_t slots = c->memo_slots * 2;
    file_hash *v = xcalloc(slots, sizeof *v);
    for (size_t i = 0; i < c->memo_slots; i++)
      if (c->memo[i].path) *memo_slot(v, slots, c->memo[i].path) = c->memo[i];
    free(c->memo);
    c->memo = v;
    c->memo_slots = slots;
  }
  pthread_mutex_unlock(&c->lock);
  return h;
}

/* ---- entries ---- */

static char *entry_path(const tu_cache *c, int dir, const tu_job *job) {
  uint64_t h = hash64_str(job->file, 1);
  for (int i = 0; i < job->argc; i++) h = hash64_mix(h, hash64_str(job->argv[i], 2));
  return xasprintf("%s/%016llx" ENTRY_SUFFIX, c->dirs[dir], (unsigned long long)h);
}

typedef enum { ENTRY_OK, ENTRY_DAMAGED, ENTRY_FOREIGN } entry_state;

/* The header: the payload's place, or why the entry cannot be used. */
static entry_state check_header(const unsigned char *data, size_t len, uint64_t checker_id, bool any_checker,
                                bool verify_checksum, bytes_in *payload, const char **why) {
  if (len < HEADER_SIZE) {
    *why = "truncated";
    return ENTRY_DAMAGED;
  }
  if (memcmp(data, MAGIC, sizeof MAGIC)) {
    *why = "not an ossl-lint cache entry";
    return ENTRY_DAMAGED;
  }
  bytes_in in = {data + sizeof MAGIC, data + HEADER_SIZE, false};
  uint64_t format = in_u64(&in), checker = in_u64(&in), plen = in_u64(&in), sum = in_u64(&in);
  if (format != FORMAT_VERSION || (!any_checker && checker != checker_id)) {
    *why = "written by another build of ossl-lint";
    return ENTRY_FOREIGN;
  }
  if (plen != len - HEADER_SIZE) {
    *why = plen > len - HEADER_SIZE ? "truncated" : "longer than its header says";
    return ENTRY_DAMAGED;
  }
  if (verify_checksum && hash64(data + HEADER_SIZE, (size_t)plen, checker) != sum) {
    *why = "checksum mismatch";
    return ENTRY_DAMAGED;
  }
  *payload = (bytes_in){data + HEADER_SIZE, data + len, false};
  return ENTRY_OK;
}

/* The payload's key: the job's file and command line, the setup and configuration hashes. */
static bool key_matches(bytes_in *in, const tu_job *job, uint64_t setup, uint64_t config) {
  size_t n;
  const char *file = in_str_view(in, &n);
  bool same = file && n == strlen(job->file) && !memcmp(file, job->file, n);
  int argc = in_count(in, 1);
  same = same && argc == job->argc;
  for (int i = 0; i < argc && !in->bad; i++) {
    const char *a = in_str_view(in, &n);
    same = same && a && i < job->argc && n == strlen(job->argv[i]) && !memcmp(a, job->argv[i], n);
  }
  uint64_t s = in_u64(in), k = in_u64(in);
  return same && s == setup && k == config;
}

/* The files the parse read, each still as it was; a NULL cache only checks the form. */
static bool deps_current(bytes_in *in, tu_cache *c) {
  int ndeps = in_count(in, 9);
  bool current = true;
  char *path = NULL; /* each path, NUL-terminated, in one buffer */
  size_t cap = 0;
  for (int i = 0; i < ndeps && !in->bad; i++) {
    size_t n;
    const char *p = in_str_view(in, &n);
    uint64_t h = in_u64(in);
    if (!p) in->bad = true;
    if (in->bad || !current || !c) continue;
    if (n + 1 > cap) path = xrealloc(path, cap = n + 1 > 2 * cap ? n + 1 : 2 * cap);
    memcpy(path, p, n);
    path[n] = '\0';
    current = tu_cache_file_hash(c, path) == h;
  }
  free(path);
  return current;
}

/* The parse's outcome (its one-line errors, whether it failed), the names
 * whose address the unit takes, what it stores in fields holding OpenSSL
 * objects, then its functions. */
static bool read_contribution(bytes_in in, tu_result *r) {
  r->errors = in_str(&in);
  unsigned failed = in_u8(&in);
  if (failed > 1) in.bad = true;
  r->failed = failed;
  ir_reader rd;
  bool ok = ir_reader_open(&rd, in) && !in.bad;
  if (ok) {
    r->naddr_taken = ir_read_count(&rd, 1);
    r->addr_taken = xcalloc((size_t)r->naddr_taken + 1, sizeof *r->addr_taken);
    for (int i = 0; i < r->naddr_taken && !rd.in.bad; i++)
      if (!(r->addr_taken[i] = ir_read_string(&rd))) rd.in.bad = true;
    r->nfield_writes = rd.in.bad ? 0 : ir_read_count(&rd, 1);
    r->field_writes = xcalloc((size_t)r->nfield_writes + 1, sizeof *r->field_writes);
    for (int i = 0; i < r->nfield_writes && !rd.in.bad; i++)
      if (!(r->field_writes[i] = ir_read_string(&rd))) rd.in.bad = true;
    r->arena = arena_new(); /* the functions: one region, freed in one call */
    ir_reader_use_arena(&rd, r->arena);
    int nfns = ir_read_count(&rd, 16);
    for (int i = 0; i < nfns && !rd.in.bad; i++) {
      ir_function *f = ir_read_function(&rd);
      if (f) VEC_PUSH(r->fns, r->nfns, r->cap, f);
    }
    ok = !rd.in.bad && rd.in.p == rd.in.end;
  }
  ir_reader_close(&rd);
  if (!ok) frontend_result_free(r);
  return ok;
}

static void note_damage(tu_cache *c, const char *path, const char *why, entry_state st) {
  pthread_mutex_lock(&c->lock);
  if (st == ENTRY_FOREIGN) {
    c->foreign++;
  } else if (!c->damaged++ || strcmp(path, c->first_damage) < 0) {
    /* the one named: the least path, whichever thread found it first */
    free(c->first_damage);
    c->first_damage = xasprintf("%s: %s", path, why);
  }
  pthread_mutex_unlock(&c->lock);
}

bool tu_cache_load(tu_cache *c, const tu_job *job, uint64_t config, bool accept_failed, tu_result *r) {
  for (int d = 0; d < c->ndirs; d++) {
    char *path = entry_path(c, d, job);
    size_t len;
    unsigned char *data = read_file(path, &len);
    bool hit = false;
    if (data) {
      bytes_in in;
      const char *why = NULL;
      entry_state st = check_header(data, len, c->checker_id, false, true, &in, &why);
      if (st != ENTRY_OK) {
        note_damage(c, path, why, st);
      } else if (key_matches(&in, job, c->setup, config) && deps_current(&in, c) && !in.bad) {
        tu_result got = {0};
        if (read_contribution(in, &got) && (accept_failed || !got.failed)) {
          *r = got;
          memset(&got, 0, sizeof got);
          r->from_cache = true;
          hit = true;
          pthread_mutex_lock(&c->lock);
          c->loaded++;
          pthread_mutex_unlock(&c->lock);
        } else if (!got.failed) {
          note_damage(c, path, "malformed content", ENTRY_DAMAGED);
        }
        frontend_result_free(&got);
      } else if (in.bad) {
        note_damage(c, path, "malformed key", ENTRY_DAMAGED);
      }
    }
    free(data);
    free(path);
    if (hit) return true;
  }
  return false;
}

bool tu_cache_store(tu_cache *c, const tu_job *job, uint64_t config, const tu_result *r) {
  if (!c->write || r->from_cache) return false;
  bytes_out payload = {0};
  out_str(&payload, job->file);
  out_uv(&payload, (uint64_t)job->argc);
  for (int i = 0; i < job->argc; i++) out_str(&payload, job->argv[i]);
  out_u64(&payload, c->setup);
  out_u64(&payload, config);
  out_uv(&payload, (uint64_t)r->ndeps);
  for (int i = 0; i < r->ndeps; i++) {
    out_str(&payload, r->deps[i].path);
    out_u64(&payload, r->deps[i].hash);
  }
  out_str(&payload, r->errors);
  out_u8(&payload, r->failed);
  ir_writer *w = ir_writer_new();
  ir_write_count(w, r->naddr_taken);
  for (int i = 0; i < r->naddr_taken; i++) ir_write_string(w, r->addr_taken[i]);
  ir_write_count(w, r->nfield_writes);
  for (int i = 0; i < r->nfield_writes; i++) ir_write_string(w, r->field_writes[i]);
  ir_write_count(w, r->nfns);
  for (int i = 0; i < r->nfns; i++) ir_write_function(w, r->fns[i]);
  ir_writer_finish(w, &payload);

  bytes_out entry = {0};
  out_raw(&entry, MAGIC, sizeof MAGIC);
  out_u64(&entry, FORMAT_VERSION);
  out_u64(&entry, c->checker_id);
  out_u64(&entry, payload.len);
  out_u64(&entry, hash64(payload.data, payload.len, c->checker_id));
  out_raw(&entry, payload.data, payload.len);
  free(payload.data);

  char *path = entry_path(c, 0, job);
  static unsigned serial;
  char *tmp = xasprintf("%s.tmp.%ld.%u", path, (long)getpid(), serial++);
  bool ok = false;
  int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd >= 0) {
    size_t done = 0;
    while (done < entry.len) {
      ssize_t n = write(fd, entry.data + done, entry.len - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += (size_t)n;
    }
    ok = close(fd) == 0 && done == entry.len && rename(tmp, path) == 0;
    if (!ok) unlink(tmp);
  }
  if (!ok && !c->write_failures++) c->first_write_failure = xasprintf("%s: %s", path, strerror(errno));
  if (ok) c->stored++;
  free(tmp);
  free(path);
  free(entry.data);
  return ok;
}

void tu_cache_counts(const tu_cache *c, int *loaded, int *stored) {
  *loaded = c->loaded;
  *stored = c->stored;
}

bool tu_cache_created(const tu_cache *c) { return c->created; }

void tu_cache_close(tu_cache *c, FILE *out) {
  if (!c) return;
  if (out && c->damaged)
    fprintf(out, "ossl-lint: note: %d damaged cache entr%s ignored and rebuilt (%s)\n", c->damaged,
            c->damaged == 1 ? "y" : "ies", c->first_damage);
  if (out && c->foreign)
    fprintf(out, "ossl-lint: note: %d cache entr%s in %s written by another build of ossl-lint; rebuilt\n",
            c->foreign, c->foreign == 1 ? "y" : "ies", c->dirs[0]);
  if (out && c->write_failures)
    fprintf(out, "ossl-lint: warning: could not write %d cache entr%s (%s)\n", c->write_failures,
            c->write_failures == 1 ? "y" : "ies", c->first_write_failure);
  for (size_t i = 0; i < c->memo_slots; i++) free(c->memo[i].path);
  free(c->memo);
  for (int i = 0; i < c->ndirs; i++) free(c->dirs[i]);
  free(c->dirs);
  free(c->first_damage);
  free(c->first_write_failure);
  pthread_mutex_destroy(&c->lock);
  free(c);
}

bool tu_cache_parse_entry(const unsigned char *data, size_t len) {
  bytes_in in;
  const char *why;
  if (check_header(data, len, 0, true, false, &in, &why) != ENTRY_OK) return false;
  tu_job none = {.file = "", .argv = NULL, .argc = 0};
  key_matches(&in, &none, 0, 0);
  deps_current(&in, NULL);
  if (in.bad) return false;
  tu_result r = {0};
  bool ok = read_contribution(in, &r);
  frontend_result_free(&r);
  return ok;
}

uint64_t tu_cache_setup_hash(const char *model_path) {
  uint64_t h = hash64_str(model_path, 3);
  size_t len;
  unsigned char *text = read_file(model_path, &len);
  h = hash64_mix(h, text ? hash64(text, len, 0) : 0);
  free(text);
  /* the files it may name (derived: openssl-derived.yaml) sit beside it */
  const char *slash = strrchr(model_path, '/');
  char *dir = slash ? xasprintf("%.*s", (int)(slash - model_path), model_path) : xstrdup(".");
  DIR *d = opendir(dir);
  char **names = NULL;
  int n = 0, cap = 0;
  for (struct dirent *e; d && (e = readdir(d));) {
    size_t l = strlen(e->d_name);
    if (l > 5 && !strcmp(e->d_name + l - 5, ".yaml")) VEC_PUSH(names, n, cap, xstrdup(e->d_name));
  }
  if (d) closedir(d);
  if (n > 1) qsort(names, (size_t)n, sizeof *names, cmp_strp);
  for (int i = 0; i < n; i++) {
    char *p = xasprintf("%s/%s", dir, names[i]);
    text = read_file(p, &len);
    h = hash64_mix(hash64_mix(h, hash64_str(names[i], 0)), text ? hash64(text, len, 0) : 0);
    free(text);
    free(p);
    free(names[i]);
  }
  free(names);
  free(dir);
  return h;
}
