#include "model.h"

#include "util.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

static const char *const role_names[] = {
    [ROLE_NEUTRAL] = "neutral", [ROLE_IO] = "io",       [ROLE_CLASSIFY] = "classify",
    [ROLE_CLEAR] = "clear",     [ROLE_DRAIN] = "drain", [ROLE_PURE] = "pure",
    [ROLE_PUSHES] = "pushes",   [ROLE_MARK] = "mark",   [ROLE_POP_TO_MARK] = "pop_to_mark",
    [ROLE_PUSHES_ON_FAILURE] = "pushes_on_failure",
};

const char *model_role_name(api_role r) { return role_names[r]; }

bool model_role_from_name(const char *s, api_role *out) {
  for (size_t i = 0; i < sizeof role_names / sizeof role_names[0]; i++)
    if (strcmp(s, role_names[i]) == 0) {
      *out = (api_role)i;
      return true;
    }
  return false;
}

static int cmp_fn(const void *a, const void *b) {
  return strcmp(((const api_function *)a)->name, ((const api_function *)b)->name);
}

const api_function *model_lookup(const api_model *m, const char *name) {
  if (!name || !m->nfns) return NULL;
  api_function key = {.name = (char *)name};
  return bsearch(&key, m->fns, m->nfns, sizeof key, cmp_fn);
}

static int cmp_command_value(const void *a, const void *b) {
  long long x = ((const api_command *)a)->cmd, y = ((const api_command *)b)->cmd;
  return x < y ? -1 : x > y;
}

/* By command, then the qualified entries (when_arg >= 0) before the plain one. */
static int cmp_command(const void *a, const void *b) {
  const api_command *x = a, *y = b;
  int c = cmp_command_value(a, b);
  if (c) return c;
  if (x->when_arg != y->when_arg) return x->when_arg > y->when_arg ? -1 : 1;
  return x->when_value < y->when_value ? -1 : x->when_value > y->when_value;
}

api_effect model_effect_of(const api_function *fn, bool has_cmd, long long cmd,
                           bool (*arg_const)(const void *call, int i, long long *v), const void *call) {
  if (has_cmd && fn->ncommands > 0) {
    api_command key = {.cmd = cmd};
    const api_command *c = bsearch(&key, fn->commands, (size_t)fn->ncommands, sizeof key, cmp_command_value);
    while (c && c > fn->commands && c[-1].cmd == cmd) c--;
    for (; c && c < fn->commands + fn->ncommands && c->cmd == cmd; c++) {
      long long v;
      if (c->when_arg < 0) return c->effect;
      if (arg_const && arg_const(call, c->when_arg, &v) && v == c->when_value) return c->effect;
    }
  }
  api_effect e = {.role = fn->role, .nfailure = fn->nfailure};
  memcpy(e.failure, fn->failure, sizeof e.failure);
  return e;
}

void model_set(api_model *m, const api_function *fn) {
  api_function *old = (api_function *)model_lookup(m, fn->name);
  if (old) {
    char *name = old->name;
    free(old->commands);
    *old = *fn;
    old->name = name;
    return;
  }
  api_function copy = *fn;
  copy.name = xstrdup(fn->name);
  VEC_PUSH(m->fns, m->nfns, m->cap, copy);
  qsort(m->fns, m->nfns, sizeof *m->fns, cmp_fn);
}

api_role model_role_of(const api_model *m, const char *name, bool declared_in_openssl,
                       const api_function **fn_out) {
  const api_function *fn = model_lookup(m, name);
  if (fn_out) *fn_out = fn;
  if (fn) return fn->role;
  return declared_in_openssl ? ROLE_PUSHES : ROLE_NEUTRAL;
}

bool model_name_in(char *const *v, size_t n, const char *name) {
  return n && name && bsearch(&name, v, n, sizeof name, cmp_strp);
}

bool model_is_entry_point(const api_model *m, const char *name) {
  return model_name_in(m->entry_points, m->nentry_points, name);
}

static char **copy_names(char *const *v, size_t n) {
  char **out = xmalloc((n + 1) * sizeof *out);
  for (size_t i = 0; i < n; i++) out[i] = xstrdup(v[i]);
  return out;
}

static void free_names(char **v, size_t n) {
  for (size_t i = 0; i < n; i++) free(v[i]);
  free(v);
}

bool model_prefix_in(char *const *v, size_t n, const char *name) {
  for (size_t i = 0; name && i < n; i++)
    if (!strncmp(name, v[i], strlen(v[i]))) return true;
  return false;
}

static void error_codes_copy(api_error_codes *dst, const api_error_codes *src) {
  dst->queue_sources = copy_names(src->queue_sources, src->nqueue_sources);
  dst->queue_sinks = copy_names(src->queue_sinks, src->nqueue_sinks);
  dst->classification_prefixes = copy_names(src->classification_prefixes, src->nclassification_prefixes);
  dst->reason_prefixes = copy_names(src->reason_prefixes, src->nreason_prefixes);
  dst->option_setters = copy_names(src->option_setters, src->noption_setters);
}

static void error_codes_free(api_error_codes *c) {
  free_names(c->queue_sources, c->nqueue_sources);
  free_names(c->queue_sinks, c->nqueue_sinks);
  free_names(c->classification_prefixes, c->nclassification_prefixes);
  free_names(c->reason_prefixes, c->nreason_prefixes);
  free_names(c->option_setters, c->noption_setters);
}

void model_copy(api_model *dst, const api_model *src) {
  *dst = *src;
  dst->entry_points = copy_names(src->entry_points, src->nentry_points);
  dst->bio_set_write = copy_names(src->bio_set_write, src->nbio_set_write);
  dst->socket_sources = copy_names(src->socket_sources, src->nsocket_sources);
  dst->memory_sources = copy_names(src->memory_sources, src->nmemory_sources);
  dst->bio_attachers = copy_names(src->bio_attachers, src->nbio_attachers);
  dst->bio_makers = copy_names(src->bio_makers, src->nbio_makers);
  dst->bio_quiet_io = copy_names(src->bio_quiet_io, src->nbio_quiet_io);
  dst->bio_memory_writes = copy_names(src->bio_memory_writes, src->nbio_memory_writes);
  dst->bio_memory_write_effects = xmalloc((src->nbio_memory_writes + 1) * sizeof *dst->bio_memory_write_effects);
  if (src->nbio_memory_writes)
    memcpy(dst->bio_memory_write_effects, src->bio_memory_write_effects,
           src->nbio_memory_writes * sizeof *dst->bio_memory_write_effects);
  dst->bio_ssl_sources = copy_names(src->bio_ssl_sources, src->nbio_ssl_sources);
  dst->null_sources = copy_names(src->null_sources, src->nnull_sources);
  dst->ssl_filter_sources = copy_names(src->ssl_filter_sources, src->nssl_filter_sources);
  dst->bio_filter_io = copy_names(src->bio_filter_io, src->nbio_filter_io);
  dst->bio_filter_io_as = copy_names(src->bio_filter_io_as, src->nbio_filter_io);
  dst->bio_transport_getters = copy_names(src->bio_transport_getters, src->nbio_transport_getters);
  dst->bio_callback_setters = copy_names(src->bio_callback_setters, src->nbio_callback_setters);
  dst->byte_writers = copy_names(src->byte_writers, src->nbyte_writers);
  dst->bio_retry_copiers = copy_names(src->bio_retry_copiers, src->nbio_retry_copiers);
  dst->read_socket_sources = copy_names(src->read_socket_sources, src->nread_socket_sources);
  dst->bio_chainers = copy_names(src->bio_chainers, src->nbio_chainers);
  dst->mode_clearers = copy_names(src->mode_clearers, src->nmode_clearers);
  dst->mem_eof_setters = copy_names(src->mem_eof_setters, src->nmem_eof_setters);
  dst->mode_setters = copy_names(src->mode_setters, src->nmode_setters);
  dst->bio_set_read = copy_names(src->bio_set_read, src->nbio_set_read);
  dst->sys_error_sources = copy_names(src->sys_error_sources, src->nsys_error_sources);
  dst->bio_method_makers = copy_names(src->bio_method_makers, src->nbio_method_makers);
  dst->bio_method_calls = copy_names(src->bio_method_calls, src->nbio_method_calls);
  dst->bio_ctrl_setters = copy_names(src->bio_ctrl_setters, src->nbio_ctrl_setters);
  dst->bio_ctrl_getters = copy_names(src->bio_ctrl_getters, src->nbio_ctrl_getters);
  dst->errno_setters = copy_names(src->errno_setters, src->nerrno_setters);
  dst->shutdown_setters = copy_names(src->shutdown_setters, src->nshutdown_setters);
  dst->handshakes = copy_names(src->handshakes, src->nhandshakes);
  dst->no_data_io = copy_names(src->no_data_io, src->nno_data_io);
  dst->handshake_resets = copy_names(src->handshake_resets, src->nhandshake_resets);
  dst->ssl_makers = copy_names(src->ssl_makers, src->nssl_makers);
  dst->null_crashes = copy_names(src->null_crashes, src->nnull_crashes);
  dst->thread_starts = copy_names(src->thread_starts, src->nthread_starts);
  if (src->nthread_starts) {
    dst->thread_start_args = xmalloc(src->nthread_starts * sizeof *dst->thread_start_args);
    memcpy(dst->thread_start_args, src->thread_start_args, src->nthread_starts * sizeof *dst->thread_start_args);
  }
  dst->repeats_failure = copy_names(src->repeats_failure, src->nrepeats_failure);
  dst->bio_method_setters = copy_names(src->bio_method_setters, src->nbio_method_setters);
  dst->bio_set_flags = src->bio_set_flags ? xstrdup(src->bio_set_flags) : NULL;
  dst->available = xcalloc(src->navailable + 1, sizeof *dst->available);
  dst->available_cap = src->navailable + 1;
  for (size_t i = 0; i < src->navailable; i++) {
    dst->available[i] = src->available[i];
    dst->available[i].query = xstrdup(src->available[i].query);
    dst->available[i].io = copy_names(src->available[i].io, src->available[i].nio);
  }
  error_codes_copy(&dst->codes, &src->codes);
  dst->fns = xmalloc((src->nfns + 1) * sizeof *dst->fns);
  dst->cap = src->nfns + 1;
  for (size_t i = 0; i < src->nfns; i++) {
    dst->fns[i] = src->fns[i];
    dst->fns[i].name = xstrdup(src->fns[i].name);
    if (src->fns[i].ncommands > 0) {
      size_t bytes = (size_t)src->fns[i].ncommands * sizeof *src->fns[i].commands;
      dst->fns[i].commands = xmalloc(bytes);
      memcpy(dst->fns[i].commands, src->fns[i].commands, bytes);
    }
  }
  dst->openssl_header_dir = src->openssl_header_dir ? xstrdup(src->openssl_header_dir) : NULL;
  dst->derived_path = src->derived_path ? xstrdup(src->derived_path) : NULL;
  dst->derived_source = src->derived_source ? xstrdup(src->derived_source) : NULL;
}

void model_free(api_model *m) {
  for (size_t i = 0; i < m->nfns; i++) {
    free(m->fns[i].name);
    free(m->fns[i].commands);
  }
  free(m->fns);
  free_names(m->entry_points, m->nentry_points);
  free_names(m->bio_set_write, m->nbio_set_write);
  free_names(m->socket_sources, m->nsocket_sources);
  free_names(m->memory_sources, m->nmemory_sources);
  free_names(m->bio_attachers, m->nbio_attachers);
  free_names(m->bio_makers, m->nbio_makers);
  free_names(m->bio_quiet_io, m->nbio_quiet_io);
  free_names(m->bio_memory_writes, m->nbio_memory_writes);
  free(m->bio_memory_write_effects);
  free_names(m->bio_ssl_sources, m->nbio_ssl_sources);
  free_names(m->null_sources, m->nnull_sources);
  free_names(m->ssl_filter_sources, m->nssl_filter_sources);
  free_names(m->bio_filter_io, m->nbio_filter_io);
  free_names(m->bio_filter_io_as, m->nbio_filter_io);
  free_names(m->bio_transport_getters, m->nbio_transport_getters);
  free_names(m->bio_callback_setters, m->nbio_callback_setters);
  free_names(m->byte_writers, m->nbyte_writers);
  free_names(m->bio_retry_copiers, m->nbio_retry_copiers);
  free_names(m->read_socket_sources, m->nread_socket_sources);
  free_names(m->bio_chainers, m->nbio_chainers);
  free_names(m->mode_clearers, m->nmode_clearers);
  free_names(m->mem_eof_setters, m->nmem_eof_setters);
  free_names(m->mode_setters, m->nmode_setters);
  free_names(m->bio_set_read, m->nbio_set_read);
  free_names(m->sys_error_sources, m->nsys_error_sources);
  free_names(m->bio_method_makers, m->nbio_method_makers);
  free_names(m->bio_method_calls, m->nbio_method_calls);
  free_names(m->bio_ctrl_setters, m->nbio_ctrl_setters);
  free_names(m->bio_ctrl_getters, m->nbio_ctrl_getters);
  free_names(m->errno_setters, m->nerrno_setters);
  free_names(m->shutdown_setters, m->nshutdown_setters);
  free_names(m->handshakes, m->nhandshakes);
  free_names(m->no_data_io, m->nno_data_io);
  free_names(m->handshake_resets, m->nhandshake_resets);
  free_names(m->ssl_makers, m->nssl_makers);
  free_names(m->null_crashes, m->nnull_crashes);
  free_names(m->thread_starts, m->nthread_starts);
  free(m->thread_start_args);
  free_names(m->repeats_failure, m->nrepeats_failure);
  free_names(m->bio_method_setters, m->nbio_method_setters);
  for (size_t i = 0; i < m->navailable; i++) {
    free(m->available[i].query);
    free_names(m->available[i].io, m->available[i].nio);
  }
  free(m->available);
  free(m->bio_set_flags);
  error_codes_free(&m->codes);
  free(m->openssl_header_dir);
  free(m->derived_path);
  free(m->derived_source);
  memset(m, 0, sizeof *m);
}

/* ---- parsing ---- */

typedef struct {
  const char *path;
  yaml_document_t *doc;
  char *err;
} parse_ctx;

/* A value quoted in a one-line message: control characters shown as \n, \t, ... */
static char *printable(const char *s) {
  strbuf sb = {0};
  char one[8];
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '\n') sb_append(&sb, "\\n");
    else if (*p == '\t') sb_append(&sb, "\\t");
    else if (*p < 0x20 || *p == 0x7f) {
      snprintf(one, sizeof one, "\\x%02x", *p);
      sb_append(&sb, one);
    } else {
      one[0] = (char)*p;
      one[1] = '\0';
      sb_append(&sb, one);
    }
  }
  return sb_take(&sb);
}

static bool fail(parse_ctx *c, const yaml_node_t *n, const char *fmt, const char *arg) {
  if (!c->err) {
    char *shown = printable(arg ? arg : "");
    char *msg = xasprintf(fmt, shown);
    free(shown);
    c->err = xasprintf("%s:%zu:%zu: %s", c->path, n ? n->start_mark.line + 1 : 1,
                       n ? n->start_mark.column + 1 : 1, msg);
    free(msg);
  }
  return false;
}

static const char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool get_int(parse_ctx *c, const yaml_node_t *n, long long *out) {
  const char *s = scalar(n);
  if (!s || !*s) return fail(c, n, "expected an integer", NULL);
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, 0);
  if (*end || errno) return fail(c, n, "expected an integer, got '%s'", s);
  *out = v;
  return true;
}

static bool get_bool(parse_ctx *c, const yaml_node_t *n, bool *out) {
  const char *s = scalar(n);
  if (s && (!strcmp(s, "true") || !strcmp(s, "yes"))) return *out = true, true;
  if (s && (!strcmp(s, "false") || !strcmp(s, "no"))) return *out = false, true;
  return fail(c, n, "expected true or false, got '%s'", s ? s : "a collection");
}

static bool parse_arg_index(parse_ctx *c, const yaml_node_t *n, int *out) {
  long long v;
  if (!get_int(c, n, &v)) return false;
  if (v < 0 || v > 64) return fail(c, n, "argument index out of range (0..64)", NULL);
  *out = (int)v;
  return true;
}



static bool parse_role(parse_ctx *c, const yaml_node_t *v, api_role *role) {
  if (!scalar(v) || !model_role_from_name(scalar(v), role) || *role == ROLE_NEUTRAL)
    return fail(c, v, "unknown role '%s' (io, classify, clear, drain, pure, pushes, pushes_on_failure, mark, pop_to_mark)",
                scalar(v));
  return true;
}

/* `failure: [0, -1]`: the results of the paths that may push. */
/* A list of at most API_MAX_FAILURE integers: `failure`, `results` (key). */
static bool parse_int_list(parse_ctx *c, const yaml_node_t *v, int *n, long long *vals, const char *key) {
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "%s must be a list of integers", key);
  *n = 0;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    if (*n == API_MAX_FAILURE) return fail(c, v, "%s lists at most 8 values", key);
    if (!get_int(c, yaml_document_get_node(c->doc, *it), &vals[*n])) return false;
    (*n)++;
  }
  return true;
}

static bool check_failure(parse_ctx *c, const yaml_node_t *n, api_role role, int nfailure, bool has_failure,
                          const char *what) {
  if (role == ROLE_PUSHES_ON_FAILURE && nfailure == 0)
    return fail(c, n, "%s: pushes_on_failure needs a non-empty failure list", what);
  if (role != ROLE_PUSHES_ON_FAILURE && has_failure)
    return fail(c, n, "%s: failure is only for pushes_on_failure", what);
  return true;
}

/* `when_arg: {index: 0, value: 15, name: ERR_LIB_CRYPTO}` */
static bool parse_when_arg(parse_ctx *c, const yaml_node_t *v, api_command *cmd) {
  if (v->type != YAML_MAPPING_NODE) return fail(c, v, "when_arg must be a mapping {index: ..., value: ...}", NULL);
  bool has_index = false, has_value = false;
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *val = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (!key) return fail(c, k, "expected a key", NULL);
    if (!strcmp(key, "index")) {
      if (!parse_arg_index(c, val, &cmd->when_arg)) return false;
      has_index = true;
    } else if (!strcmp(key, "value")) {
      if (!get_int(c, val, &cmd->when_value)) return false;
      has_value = true;
    } else if (strcmp(key, "name")) {
      return fail(c, k, "unknown key '%s' in when_arg (index, value, name)", key);
    }
  }
  if (!has_index || !has_value) return fail(c, v, "when_arg needs index and value", NULL);
  return true;
}

/* `commands: [{cmd: 33, name: SSL_CTRL_MODE, role: pure}, ...]` */
static bool parse_commands(parse_ctx *c, const yaml_node_t *v, api_function *fn) {
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "commands must be a list", NULL);
  int cap = 0;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const yaml_node_t *n = yaml_document_get_node(c->doc, *it);
    if (n->type != YAML_MAPPING_NODE) return fail(c, n, "a command must be a mapping {cmd: ..., role: ...}", NULL);
    api_command cmd = {.effect.role = ROLE_NEUTRAL, .when_arg = -1};
    bool has_cmd = false, has_failure = false;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
      yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
      yaml_node_t *val = yaml_document_get_node(c->doc, p->value);
      const char *key = scalar(k);
      if (!key) return fail(c, k, "expected a key", NULL);
      if (!strcmp(key, "cmd")) {
        if (!get_int(c, val, &cmd.cmd)) return false;
        has_cmd = true;
      } else if (!strcmp(key, "role")) {
        if (!parse_role(c, val, &cmd.effect.role)) return false;
      } else if (!strcmp(key, "failure")) {
        if (!parse_int_list(c, val, &cmd.effect.nfailure, cmd.effect.failure, "failure")) return false;
        has_failure = true;
      } else if (!strcmp(key, "when_arg")) {
        if (!parse_when_arg(c, val, &cmd)) return false;
      } else if (strcmp(key, "name") && strcmp(key, "note")) {
        return fail(c, k, "unknown key '%s' in a command (cmd, name, role, failure, when_arg, note)", key);
      }
    }
    if (!has_cmd || cmd.effect.role == ROLE_NEUTRAL) return fail(c, n, "a command needs cmd and role", NULL);
    if (!check_failure(c, n, cmd.effect.role, cmd.effect.nfailure, has_failure, fn->name ? fn->name : "command"))
      return false;
    for (int i = 0; i < fn->ncommands; i++)
      if (!cmp_command(&fn->commands[i], &cmd)) return fail(c, n, "command listed twice", NULL);
    VEC_PUSH(fn->commands, fn->ncommands, cap, cmd);
  }
  if (fn->ncommands > 1) qsort(fn->commands, (size_t)fn->ncommands, sizeof *fn->commands, cmp_command);
  return true;
}

static bool parse_function_fields(parse_ctx *c, const yaml_node_t *n, api_function *fn);

static bool model_parse_function(parse_ctx *c, const yaml_node_t *n, api_function *fn) {
  bool ok = parse_function_fields(c, n, fn);
  if (!ok) {
    free(fn->commands);
    fn->commands = NULL;
    fn->ncommands = 0;
  }
  return ok;
}

static bool parse_function_fields(parse_ctx *c, const yaml_node_t *n, api_function *fn) {
  memset(fn, 0, sizeof *fn);
  fn->ssl_arg = fn->ret_arg = fn->cmd_arg = fn->probe_len_arg = fn->buf_arg = fn->len_arg = fn->success_len_arg = -1;
  fn->success_min = 1;
  fn->min_result = LLONG_MIN;
  if (n->type != YAML_MAPPING_NODE)
    return fail(c, n, "a function entry must be a mapping {name: ..., role: ...}", NULL);
  bool has_role = false, has_failure = false;
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (!key) return fail(c, k, "expected a key", NULL);
    if (!strcmp(key, "name")) {
      if (!scalar(v) || !*scalar(v)) return fail(c, v, "name must be a non-empty string", NULL);
      fn->name = (char *)scalar(v);
    } else if (!strcmp(key, "role")) {
      if (!parse_role(c, v, &fn->role)) return false;
      has_role = true;
    } else if (!strcmp(key, "failure")) {
      if (!parse_int_list(c, v, &fn->nfailure, fn->failure, "failure")) return false;
      has_failure = true;
    } else if (!strcmp(key, "cmd_arg")) {
      if (!parse_arg_index(c, v, &fn->cmd_arg)) return false;
    } else if (!strcmp(key, "commands")) {
      if (fn->commands) return fail(c, k, "commands given twice", NULL);
      if (!parse_commands(c, v, fn)) return false;
    } else if (!strcmp(key, "ssl_arg")) {
      if (!parse_arg_index(c, v, &fn->ssl_arg)) return false;
    } else if (!strcmp(key, "ret_arg")) {
      if (!parse_arg_index(c, v, &fn->ret_arg)) return false;
    } else if (!strcmp(key, "empties")) {
      if (!get_bool(c, v, &fn->empties)) return false;
    } else if (!strcmp(key, "success_min")) {
      long long v_int;
      if (!get_int(c, v, &v_int)) return false;
      fn->success_min = (int)v_int;
    } else if (!strcmp(key, "min_result")) {
      if (!get_int(c, v, &fn->min_result)) return false;
    } else if (!strcmp(key, "results")) {
      if (!parse_int_list(c, v, &fn->nresults, fn->results, "results")) return false;
      if (fn->nresults == 0) return fail(c, v, "results must not be empty", NULL);
    } else if (!strcmp(key, "zero_ambiguous")) {
      if (!get_bool(c, v, &fn->zero_ambiguous)) return false;
    } else if (!strcmp(key, "clears_on_success")) {
      if (!get_bool(c, v, &fn->clears_on_success)) return false;
    } else if (!strcmp(key, "probe_len_arg")) {
      if (!parse_arg_index(c, v, &fn->probe_len_arg)) return false;
    } else if (!strcmp(key, "close_notify_bits")) {
      if (!get_int(c, v, &fn->close_notify_bits)) return false;
    } else if (!strcmp(key, "buf_arg")) {
      if (!parse_arg_index(c, v, &fn->buf_arg)) return false;
    } else if (!strcmp(key, "len_arg")) {
      if (!parse_arg_index(c, v, &fn->len_arg)) return false;
    } else if (!strcmp(key, "success_len_arg")) {
      if (!parse_arg_index(c, v, &fn->success_len_arg)) return false;
    } else if (!strcmp(key, "raises")) {
      if (!get_bool(c, v, &fn->raises)) return false;
    } else if (!strcmp(key, "peeks_queue")) {
      if (!get_bool(c, v, &fn->peeks_queue)) return false;
    } else if (!strcmp(key, "blocked_flags")) {
      if (!get_int(c, v, &fn->blocked_flags)) return false;
    } else if (!strcmp(key, "want_query")) {
      if (!get_bool(c, v, &fn->want_query)) return false;
    } else if (!strcmp(key, "handles_want")) {
      const char *s = scalar(v);
      if (s && !strcmp(s, "read")) fn->handles_want = WANT_READ_BIT;
      else if (s && !strcmp(s, "write")) fn->handles_want = WANT_WRITE_BIT;
      else return fail(c, v, "handles_want must be read or write", NULL);
    } else if (!strcmp(key, "proto") || !strcmp(key, "note")) {
      if (!scalar(v)) return fail(c, v, "%s must be a string", key);
    } else {
      return fail(c, k, "unknown key '%s' in a function entry", key);
    }
  }
  if (!fn->name) return fail(c, n, "function entry without a name", NULL);
  if (!has_role) return fail(c, n, "function '%s' has no role", fn->name);
  if (fn->role == ROLE_CLASSIFY && fn->ret_arg < 0)
    return fail(c, n, "classify function '%s' needs ret_arg", fn->name);
  if (!check_failure(c, n, fn->role, fn->nfailure, has_failure, fn->name)) return false;
  if (fn->ncommands > 0 && fn->cmd_arg < 0)
    return fail(c, n, "function '%s' has commands but no cmd_arg", fn->name);
  return true;
}

static long long *constant_slot(api_model *m, const char *name) {
  static const struct {
    const char *name;
    size_t off;
  } slots[] = {
      {"SSL_ERROR_NONE", offsetof(api_model, ssl_error_none)},
      {"SSL_ERROR_SSL", offsetof(api_model, ssl_error_ssl)},
      {"SSL_ERROR_WANT_READ", offsetof(api_model, ssl_error_want_read)},
      {"SSL_ERROR_WANT_WRITE", offsetof(api_model, ssl_error_want_write)},
      {"SSL_ERROR_SYSCALL", offsetof(api_model, ssl_error_syscall)},
      {"SSL_ERROR_ZERO_RETURN", offsetof(api_model, ssl_error_zero_return)},
      {"SSL_READING", offsetof(api_model, ssl_reading)},
      {"SSL_WRITING", offsetof(api_model, ssl_writing)},
  };
  for (size_t i = 0; i < sizeof slots / sizeof slots[0]; i++)
    if (!strcmp(name, slots[i].name)) return (long long *)((char *)m + slots[i].off);
  return NULL;
}

static bool parse_constants(parse_ctx *c, const yaml_node_t *n, api_model *m, unsigned *seen) {
  if (n->type != YAML_MAPPING_NODE) return fail(c, n, "constants must be a mapping", NULL);
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *group = yaml_document_get_node(c->doc, p->value);
    if (group->type != YAML_MAPPING_NODE)
      return fail(c, group, "a constants group must map names to integers", NULL);
    for (yaml_node_pair_t *q = group->data.mapping.pairs.start; q < group->data.mapping.pairs.top;
         q++) {
      yaml_node_t *k = yaml_document_get_node(c->doc, q->key);
      yaml_node_t *v = yaml_document_get_node(c->doc, q->value);
      long long value;
      if (!scalar(k)) return fail(c, k, "expected a constant name", NULL);
      if (!get_int(c, v, &value)) return false;
      long long *slot = constant_slot(m, scalar(k));
      if (slot) {
        *slot = value;
        (*seen)++;
      }
    }
  }
  return true;
}

/* A list of names, sorted, into *v / *n. */
static bool parse_names(parse_ctx *c, const yaml_node_t *v, char ***out, size_t *n, const char *what) {
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "%s must be a list of function names", what);
  size_t cap = *n;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const yaml_node_t *item = yaml_document_get_node(c->doc, *it);
    if (!scalar(item) || !*scalar(item)) return fail(c, item, "%s must be a list of function names", what);
    VEC_PUSH(*out, *n, cap, xstrdup(scalar(item)));
  }
  if (*n > 1) qsort(*out, *n, sizeof **out, cmp_strp);
  return true;
}

/* available: [{query: F, io: [...], len_arg: N}, ...] */
static bool parse_available(parse_ctx *c, const yaml_node_t *n, api_model *m) {
  if (n->type != YAML_SEQUENCE_NODE) return fail(c, n, "available must be a list", NULL);
  for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
    const yaml_node_t *e = yaml_document_get_node(c->doc, *it);
    if (e->type != YAML_MAPPING_NODE) return fail(c, e, "an available entry must be {query, io, len_arg}", NULL);
    api_available a = {.len_arg = -1};
    VEC_PUSH(m->available, m->navailable, m->available_cap, a);
    api_available *dst = &m->available[m->navailable - 1];
    for (yaml_node_pair_t *p = e->data.mapping.pairs.start; p < e->data.mapping.pairs.top; p++) {
      yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
      yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
      const char *key = scalar(k);
      if (key && !strcmp(key, "query") && scalar(v) && *scalar(v)) {
        free(dst->query);
        dst->query = xstrdup(scalar(v));
      } else if (key && !strcmp(key, "io")) {
        if (!parse_names(c, v, &dst->io, &dst->nio, "available.io")) return false;
      } else if (key && !strcmp(key, "len_arg")) {
        if (!parse_arg_index(c, v, &dst->len_arg)) return false;
      } else {
        return fail(c, k, "available: unknown key '%s' (query, io, len_arg)", key ? key : "");
      }
    }
    if (!dst->query || !dst->nio || dst->len_arg < 0)
      return fail(c, e, "an available entry needs query, io and len_arg", NULL);
  }
  return true;
}

/* thread_starts: {pthread_create: 2, ...}: a call and the index of the
 * argument it runs in a new thread, in the file's order (a few, looked up
 * one by one). */
static bool parse_thread_starts(parse_ctx *c, const yaml_node_t *v, api_model *m) {
  if (v->type != YAML_MAPPING_NODE) return fail(c, v, "thread_starts must map calls to argument indexes", NULL);
  size_t cap = m->nthread_starts, cap_args = m->nthread_starts;
  for (yaml_node_pair_t *q = v->data.mapping.pairs.start; q < v->data.mapping.pairs.top; q++) {
    yaml_node_t *qk = yaml_document_get_node(c->doc, q->key);
    yaml_node_t *qv = yaml_document_get_node(c->doc, q->value);
    const char *name = scalar(qk);
    int arg;
    if (!name || !*name) return fail(c, qk, "thread_starts must map calls to argument indexes", NULL);
    if (!parse_arg_index(c, qv, &arg)) return false;
    size_t n_args = m->nthread_starts;
    VEC_PUSH(m->thread_starts, m->nthread_starts, cap, xstrdup(name));
    VEC_PUSH(m->thread_start_args, n_args, cap_args, arg);
  }
  return true;
}

/* ssl_filter_io: {BIO_read: SSL_read, ...}: kept sorted by the BIO call. */
static bool parse_filter_io(parse_ctx *c, const yaml_node_t *v, api_model *m) {
  if (v->type != YAML_MAPPING_NODE) return fail(c, v, "custom_bio.ssl_filter_io must map BIO calls to SSL calls", NULL);
  size_t cap = m->nbio_filter_io, cap_as = m->nbio_filter_io;
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
    const char *from = scalar(yaml_document_get_node(c->doc, p->key));
    const char *to = scalar(yaml_document_get_node(c->doc, p->value));
    if (!from || !*from || !to || !*to)
      return fail(c, v, "custom_bio.ssl_filter_io must map BIO calls to SSL calls", NULL);
    size_t at = 0;
    while (at < m->nbio_filter_io && strcmp(m->bio_filter_io[at], from) < 0) at++;
    size_t n_as = m->nbio_filter_io;
    VEC_PUSH(m->bio_filter_io, m->nbio_filter_io, cap, xstrdup(from));
    VEC_PUSH(m->bio_filter_io_as, n_as, cap_as, xstrdup(to));
    for (size_t i = m->nbio_filter_io - 1; i > at; i--) { /* insert in order */
      char *a = m->bio_filter_io[i], *b = m->bio_filter_io_as[i];
      m->bio_filter_io[i] = m->bio_filter_io[i - 1];
      m->bio_filter_io_as[i] = m->bio_filter_io_as[i - 1];
      m->bio_filter_io[i - 1] = a;
      m->bio_filter_io_as[i - 1] = b;
    }
  }
  return true;
}

/* memory_writes: [{name: BIO_write, failure: [-2, -1]}, ...]: pushes_on_failure on a memory BIO. */
static bool parse_memory_writes(parse_ctx *c, const yaml_node_t *v, api_model *m) {
  const char *what = "custom_bio.memory_writes must list {name: F, failure: [...]} entries";
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, what, NULL);
  size_t cap = m->nbio_memory_writes, cap_e = m->nbio_memory_writes;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const yaml_node_t *e = yaml_document_get_node(c->doc, *it);
    if (e->type != YAML_MAPPING_NODE) return fail(c, e, what, NULL);
    const char *name = NULL;
    api_effect eff = {.role = ROLE_PUSHES_ON_FAILURE};
    for (yaml_node_pair_t *p = e->data.mapping.pairs.start; p < e->data.mapping.pairs.top; p++) {
      const char *key = scalar(yaml_document_get_node(c->doc, p->key));
      const yaml_node_t *val = yaml_document_get_node(c->doc, p->value);
      if (key && !strcmp(key, "name")) name = scalar(val);
      else if (key && !strcmp(key, "failure")) {
        if (!parse_int_list(c, val, &eff.nfailure, eff.failure, "failure")) return false;
      } else return fail(c, e, "custom_bio.memory_writes: unknown key '%s' (name, failure)", key ? key : "");
    }
    if (!name || !*name || eff.nfailure == 0) return fail(c, e, what, NULL);
    size_t n_e = m->nbio_memory_writes;
    VEC_PUSH(m->bio_memory_writes, m->nbio_memory_writes, cap, xstrdup(name));
    VEC_PUSH(m->bio_memory_write_effects, n_e, cap_e, eff);
  }
  return true;
}

/* `custom_bio.WHAT: {functions: [...], cmd: N}` (and `bits: B` where bits is
 * not NULL): ctrl calls, the command they are given and the mode bits it sets
 * (auto_retry_clear, mem_eof_return; partial_write with bits). Every key is
 * needed: one left out would be 0, which no call of these means. */
static bool parse_ctrl_command(parse_ctx *c, const yaml_node_t *v, const char *what, char ***names, size_t *n,
                               long long *cmd, long long *bits) {
  if (v->type != YAML_MAPPING_NODE)
    return fail(c, v, bits ? "custom_bio.%s must be {functions, cmd, bits}" : "custom_bio.%s must be {functions, cmd}",
                what);
  char *where = xasprintf("custom_bio.%s.functions", what);
  bool ok = true, has_functions = false, has_cmd = false, has_bits = false;
  for (yaml_node_pair_t *q = v->data.mapping.pairs.start; ok && q < v->data.mapping.pairs.top; q++) {
    yaml_node_t *qk = yaml_document_get_node(c->doc, q->key);
    yaml_node_t *qv = yaml_document_get_node(c->doc, q->value);
    const char *name = scalar(qk);
    if (name && !strcmp(name, "functions")) ok = has_functions = parse_names(c, qv, names, n, where);
    else if (name && !strcmp(name, "cmd")) ok = has_cmd = get_int(c, qv, cmd);
    else if (bits && name && !strcmp(name, "bits")) ok = has_bits = get_int(c, qv, bits);
    else ok = fail(c, qk, bits ? "unknown key '%s' (functions, cmd, bits)" : "unknown key '%s' (functions, cmd)",
                   name ? name : "");
  }
  free(where);
  if (ok && (!has_functions || !has_cmd || (bits && !has_bits)))
    ok = fail(c, v, bits ? "custom_bio.%s needs functions, cmd and bits" : "custom_bio.%s needs both functions and cmd",
              what);
  return ok;
}

/* custom_bio: {set_write: [...], retry_flags: {function: F, arg: N, bits: B}, socket_sources: [...]} */
static bool parse_custom_bio(parse_ctx *c, const yaml_node_t *n, api_model *m) {
  if (n->type != YAML_MAPPING_NODE) return fail(c, n, "custom_bio must be a mapping", NULL);
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (key && !strcmp(key, "set_write")) {
      if (!parse_names(c, v, &m->bio_set_write, &m->nbio_set_write, "custom_bio.set_write")) return false;
    } else if (key && !strcmp(key, "set_read")) {
      if (!parse_names(c, v, &m->bio_set_read, &m->nbio_set_read, "custom_bio.set_read")) return false;
    } else if (key && !strcmp(key, "native_min_result")) {
      if (!get_int(c, v, &m->native_min_result)) return false;
      m->has_native_min_result = true;
    } else if (key && !strcmp(key, "async_mode_bits")) {
      if (!get_int(c, v, &m->async_mode_bits)) return false;
    } else if (key && !strcmp(key, "sys_error_sources")) {
      if (!parse_names(c, v, &m->sys_error_sources, &m->nsys_error_sources, "custom_bio.sys_error_sources"))
        return false;
    } else if (key && !strcmp(key, "method_makers")) {
      if (!parse_names(c, v, &m->bio_method_makers, &m->nbio_method_makers, "custom_bio.method_makers")) return false;
    } else if (key && !strcmp(key, "method_setters")) {
      if (!parse_names(c, v, &m->bio_method_setters, &m->nbio_method_setters, "custom_bio.method_setters"))
        return false;
    } else if (key && !strcmp(key, "method_calls")) {
      if (!parse_names(c, v, &m->bio_method_calls, &m->nbio_method_calls, "custom_bio.method_calls")) return false;
    } else if (key && !strcmp(key, "ctrl_setters")) {
      if (!parse_names(c, v, &m->bio_ctrl_setters, &m->nbio_ctrl_setters, "custom_bio.ctrl_setters")) return false;
    } else if (key && !strcmp(key, "ctrl_getters")) {
      if (!parse_names(c, v, &m->bio_ctrl_getters, &m->nbio_ctrl_getters, "custom_bio.ctrl_getters")) return false;
    } else if (key && !strcmp(key, "socket_sources")) {
      if (!parse_names(c, v, &m->socket_sources, &m->nsocket_sources, "custom_bio.socket_sources")) return false;
    } else if (key && !strcmp(key, "memory_sources")) {
      if (!parse_names(c, v, &m->memory_sources, &m->nmemory_sources, "custom_bio.memory_sources")) return false;
    } else if (key && !strcmp(key, "attach")) {
      if (!parse_names(c, v, &m->bio_attachers, &m->nbio_attachers, "custom_bio.attach")) return false;
    } else if (key && !strcmp(key, "bio_new")) {
      if (!parse_names(c, v, &m->bio_makers, &m->nbio_makers, "custom_bio.bio_new")) return false;
    } else if (key && !strcmp(key, "null_sources")) {
      if (!parse_names(c, v, &m->null_sources, &m->nnull_sources, "custom_bio.null_sources")) return false;
    } else if (key && !strcmp(key, "ssl_filter_sources")) {
      if (!parse_names(c, v, &m->ssl_filter_sources, &m->nssl_filter_sources, "custom_bio.ssl_filter_sources"))
        return false;
    } else if (key && !strcmp(key, "ssl_filter_io")) {
      if (!parse_filter_io(c, v, m)) return false;
    } else if (key && !strcmp(key, "quiet_io")) {
      if (!parse_names(c, v, &m->bio_quiet_io, &m->nbio_quiet_io, "custom_bio.quiet_io")) return false;
    } else if (key && !strcmp(key, "memory_writes")) {
      if (!parse_memory_writes(c, v, m)) return false;
    } else if (key && !strcmp(key, "byte_writers")) {
      if (!parse_names(c, v, &m->byte_writers, &m->nbyte_writers, "custom_bio.byte_writers")) return false;
    } else if (key && !strcmp(key, "callback_setters")) {
      if (!parse_names(c, v, &m->bio_callback_setters, &m->nbio_callback_setters, "custom_bio.callback_setters"))
        return false;
    } else if (key && !strcmp(key, "ssl_sources")) {
      if (!parse_names(c, v, &m->bio_ssl_sources, &m->nbio_ssl_sources, "custom_bio.ssl_sources")) return false;
    } else if (key && !strcmp(key, "read_socket_sources")) {
      if (!parse_names(c, v, &m->read_socket_sources, &m->nread_socket_sources, "custom_bio.read_socket_sources"))
        return false;
    } else if (key && !strcmp(key, "retry_copiers")) {
      if (!parse_names(c, v, &m->bio_retry_copiers, &m->nbio_retry_copiers, "custom_bio.retry_copiers")) return false;
    } else if (key && !strcmp(key, "chain")) {
      if (!parse_names(c, v, &m->bio_chainers, &m->nbio_chainers, "custom_bio.chain")) return false;
    } else if (key && !strcmp(key, "auto_retry_clear")) {
      if (!parse_ctrl_command(c, v, "auto_retry_clear", &m->mode_clearers, &m->nmode_clearers, &m->clear_mode_cmd,
                              NULL))
        return false;
    } else if (key && !strcmp(key, "mem_eof_return")) {
      if (!parse_ctrl_command(c, v, "mem_eof_return", &m->mem_eof_setters, &m->nmem_eof_setters, &m->mem_eof_cmd,
                              NULL))
        return false;
    } else if (key && !strcmp(key, "partial_write")) {
      if (!parse_ctrl_command(c, v, "partial_write", &m->mode_setters, &m->nmode_setters, &m->set_mode_cmd,
                              &m->partial_write_bits))
        return false;
    } else if (key && !strcmp(key, "transport_getters")) {
      if (!parse_names(c, v, &m->bio_transport_getters, &m->nbio_transport_getters, "custom_bio.transport_getters"))
        return false;
    } else if (key && !strcmp(key, "retry_flags")) {
      if (v->type != YAML_MAPPING_NODE) return fail(c, v, "retry_flags must be {function, arg, bits}", NULL);
      for (yaml_node_pair_t *q = v->data.mapping.pairs.start; q < v->data.mapping.pairs.top; q++) {
        yaml_node_t *qk = yaml_document_get_node(c->doc, q->key);
        yaml_node_t *qv = yaml_document_get_node(c->doc, q->value);
        const char *name = scalar(qk);
        if (name && !strcmp(name, "function") && scalar(qv)) {
          free(m->bio_set_flags);
          m->bio_set_flags = xstrdup(scalar(qv));
        } else if (name && !strcmp(name, "arg")) {
          if (!parse_arg_index(c, qv, &m->bio_flags_arg)) return false;
        } else if (name && !strcmp(name, "bits")) {
          if (!get_int(c, qv, &m->bio_write_retry_bits)) return false;
        } else if (name && !strcmp(name, "read_bits")) {
          if (!get_int(c, qv, &m->bio_read_retry_bits)) return false;
        } else {
          return fail(c, qk, "retry_flags: unknown key '%s' (function, arg, bits, read_bits)", name ? name : "");
        }
      }
    } else {
      return fail(c, k, "custom_bio: unknown key '%s' (set_write, set_read, retry_flags, socket_sources, memory_sources, attach, bio_new, quiet_io, memory_writes, ssl_sources, ssl_filter_io, ssl_filter_sources, null_sources, transport_getters, retry_copiers, chain, auto_retry_clear, mem_eof_return, "
                  "read_socket_sources, "
                  "sys_error_sources, native_min_result, async_mode_bits, method_makers, method_calls, method_setters, ctrl_setters, "
                  "ctrl_getters)",
                  key ? key : "");
    }
  }
  return true;
}

/* error_codes: {queue_sources, queue_sinks, classification_prefixes, reason_prefixes,
 * option_setters: lists; ignore_unexpected_eof: N} */
static bool parse_error_codes(parse_ctx *c, const yaml_node_t *n, api_error_codes *e) {
  if (n->type != YAML_MAPPING_NODE) return fail(c, n, "error_codes must be a mapping", NULL);
  for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    bool ok;
    if (key && !strcmp(key, "queue_sources")) ok = parse_names(c, v, &e->queue_sources, &e->nqueue_sources, key);
    else if (key && !strcmp(key, "queue_sinks")) ok = parse_names(c, v, &e->queue_sinks, &e->nqueue_sinks, key);
    else if (key && !strcmp(key, "classification_prefixes"))
      ok = parse_names(c, v, &e->classification_prefixes, &e->nclassification_prefixes, key);
    else if (key && !strcmp(key, "reason_prefixes"))
      ok = parse_names(c, v, &e->reason_prefixes, &e->nreason_prefixes, key);
    else if (key && !strcmp(key, "option_setters")) ok = parse_names(c, v, &e->option_setters, &e->noption_setters, key);
    else if (key && !strcmp(key, "ignore_unexpected_eof")) ok = get_int(c, v, &e->ignore_eof_option);
    else
      return fail(c, k, "error_codes: unknown key '%s' (queue_sources, queue_sinks, classification_prefixes, "
                        "reason_prefixes, option_setters, ignore_unexpected_eof)", key ? key : "");
    if (!ok) return false;
  }
  return true;
}

static bool load_derived(parse_ctx *c, const yaml_node_t *at, api_model *m, const char *file);

/* `wants: [write]`: the WANT_*_BITs not listed, in *never. */
static bool parse_wants(parse_ctx *c, const yaml_node_t *v, int *never) {
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "wants must be a list of read, write", NULL);
  int wants = 0;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const char *s = scalar(yaml_document_get_node(c->doc, *it));
    if (s && !strcmp(s, "read")) wants |= WANT_READ_BIT;
    else if (s && !strcmp(s, "write")) wants |= WANT_WRITE_BIT;
    else return fail(c, v, "wants must be a list of read, write", NULL);
  }
  if (!wants) return fail(c, v, "wants must name read or write", NULL);
  *never = (WANT_READ_BIT | WANT_WRITE_BIT) & ~wants;
  return true;
}

/* `io_commands: [{function: SSL_ctrl, cmd: 74, name: ..., wants: [write]}]`:
 * commands of a ctrl function (hand-written or derived) that are TLS I/O,
 * whose result goes to SSL_get_error (DTLSv1_handle_timeout()). Read after
 * the derived model: each replaces the command's derived role; one of a
 * function the model lacks (the hand-written model alone) is left out. */
static bool apply_io_commands(parse_ctx *c, const yaml_node_t *v, api_model *m) {
  if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "io_commands must be a list", NULL);
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
    const yaml_node_t *n = yaml_document_get_node(c->doc, *it);
    if (n->type != YAML_MAPPING_NODE) return fail(c, n, "an io command must be a mapping {function: ..., cmd: ...}", NULL);
    const char *function = NULL;
    api_command cmd = {.effect.role = ROLE_IO, .when_arg = -1};
    bool has_cmd = false;
    for (yaml_node_pair_t *p = n->data.mapping.pairs.start; p < n->data.mapping.pairs.top; p++) {
      yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
      yaml_node_t *val = yaml_document_get_node(c->doc, p->value);
      const char *key = scalar(k);
      if (!key) return fail(c, k, "expected a key", NULL);
      if (!strcmp(key, "function")) {
        if (!scalar(val) || !*scalar(val)) return fail(c, val, "function must be a name", NULL);
        function = scalar(val);
      } else if (!strcmp(key, "cmd")) {
        if (!get_int(c, val, &cmd.cmd)) return false;
        has_cmd = true;
      } else if (!strcmp(key, "wants")) {
        if (!parse_wants(c, val, &cmd.effect.never_wants)) return false;
      } else if (strcmp(key, "name") && strcmp(key, "proto") && strcmp(key, "note")) {
        return fail(c, k, "unknown key '%s' in an io command (function, cmd, name, wants, proto, note)", key);
      }
    }
    if (!function || !has_cmd) return fail(c, n, "an io command needs function and cmd", NULL);
    api_function *fn = (api_function *)model_lookup(m, function);
    if (!fn) continue; /* a model without it (the hand-written one alone): unknown, as any call it lacks */
    if (fn->cmd_arg < 0) return fail(c, n, "io command of '%s', which has no cmd_arg", function);
    api_command *same = NULL;
    for (int i = 0; i < fn->ncommands && !same; i++)
      if (fn->commands[i].cmd == cmd.cmd && fn->commands[i].when_arg < 0) same = &fn->commands[i];
    if (same) {
      *same = cmd;
    } else {
      fn->commands = xrealloc(fn->commands, ((size_t)fn->ncommands + 1) * sizeof *fn->commands);
      fn->commands[fn->ncommands++] = cmd;
      qsort(fn->commands, (size_t)fn->ncommands, sizeof *fn->commands, cmp_command);
    }
  }
  return true;
}

static bool parse_model(parse_ctx *c, api_model *m) {
  const yaml_node_t *derived = NULL, *io_commands = NULL;
  yaml_node_t *root = yaml_document_get_root_node(c->doc);
  if (!root) return fail(c, NULL, "empty model file", NULL);
  if (root->type != YAML_MAPPING_NODE) return fail(c, root, "the model must be a mapping", NULL);
  unsigned constants_seen = 0;
  bool has_functions = false;
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
       p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (!key) return fail(c, k, "expected a key", NULL);
    if (!strcmp(key, "version")) {
      long long ver;
      if (!get_int(c, v, &ver)) return false;
      if (ver != 1) return fail(c, v, "unsupported model version (expected 1)", NULL);
    } else if (!strcmp(key, "openssl_header_dir")) {
      if (!scalar(v) || !*scalar(v)) return fail(c, v, "openssl_header_dir must be a string", NULL);
      free(m->openssl_header_dir);
      m->openssl_header_dir = xstrdup(scalar(v));
    } else if (!strcmp(key, "constants")) {
      if (!parse_constants(c, v, m, &constants_seen)) return false;
    } else if (!strcmp(key, "custom_bio")) {
      if (!parse_custom_bio(c, v, m)) return false;
    } else if (!strcmp(key, "available")) {
      if (!parse_available(c, v, m)) return false;
    } else if (!strcmp(key, "errno_setters")) {
      if (!parse_names(c, v, &m->errno_setters, &m->nerrno_setters, "errno_setters")) return false;
    } else if (!strcmp(key, "handshakes")) {
      if (!parse_names(c, v, &m->handshakes, &m->nhandshakes, "handshakes")) return false;
    } else if (!strcmp(key, "no_data_io")) {
      if (!parse_names(c, v, &m->no_data_io, &m->nno_data_io, "no_data_io")) return false;
    } else if (!strcmp(key, "handshake_resets")) {
      if (!parse_names(c, v, &m->handshake_resets, &m->nhandshake_resets, "handshake_resets")) return false;
    } else if (!strcmp(key, "ssl_makers")) {
      if (!parse_names(c, v, &m->ssl_makers, &m->nssl_makers, "ssl_makers")) return false;
    } else if (!strcmp(key, "thread_starts")) {
      if (!parse_thread_starts(c, v, m)) return false;
    } else if (!strcmp(key, "null_crashes")) {
      if (!parse_names(c, v, &m->null_crashes, &m->nnull_crashes, "null_crashes")) return false;
    } else if (!strcmp(key, "repeats_failure")) {
      if (!parse_names(c, v, &m->repeats_failure, &m->nrepeats_failure, "repeats_failure")) return false;
    } else if (!strcmp(key, "shutdown_setters")) {
      if (!parse_names(c, v, &m->shutdown_setters, &m->nshutdown_setters, "shutdown_setters")) return false;
    } else if (!strcmp(key, "error_codes")) {
      if (!parse_error_codes(c, v, &m->codes)) return false;
    } else if (!strcmp(key, "derived")) {
      if (!scalar(v) || !*scalar(v)) return fail(c, v, "derived must be a file name", NULL);
      derived = v;
    } else if (!strcmp(key, "io_commands")) {
      io_commands = v;
    } else if (!strcmp(key, "functions")) {
      if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "functions must be a list", NULL);
      for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
           it++) {
        api_function fn;
        if (!model_parse_function(c, yaml_document_get_node(c->doc, *it), &fn)) return false;
        if (model_lookup(m, fn.name)) {
          free(fn.commands);
          return fail(c, yaml_document_get_node(c->doc, *it), "function '%s' listed twice",
                      fn.name);
        }
        model_set(m, &fn);
      }
      has_functions = true;
    } else {
      return fail(c, k, "unknown key '%s'", key);
    }
  }
  if (!has_functions) return fail(c, root, "no 'functions' list", NULL);
  if (constants_seen < 8)
    return fail(c, root, "constants must define SSL_ERROR_NONE/SSL/WANT_READ/WANT_WRITE/"
                         "SYSCALL/ZERO_RETURN and SSL_READING/SSL_WRITING", NULL);
  if (!m->openssl_header_dir) m->openssl_header_dir = xstrdup("openssl");
  if (derived && !load_derived(c, derived, m, scalar(derived))) return false;
  return !io_commands || apply_io_commands(c, io_commands, m);
}

typedef bool (*doc_parser)(parse_ctx *c, void *out);

/* Read a YAML file and hand its document to `parse`. */
static bool load_yaml(const char *path, doc_parser parse, void *out, char **err) {
  *err = NULL;
  FILE *f = fopen(path, "rb");
  if (!f) {
    *err = xasprintf("%s: cannot read: %s", path, strerror(errno));
    return false;
  }
  yaml_parser_t parser;
  yaml_document_t doc;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_file(&parser, f);
  bool ok = yaml_parser_load(&parser, &doc);
  if (!ok) {
    char *problem = printable(parser.problem ? parser.problem : "parse error");
    *err = xasprintf("%s:%zu:%zu: invalid YAML: %s", path, parser.problem_mark.line + 1,
                     parser.problem_mark.column + 1, problem);
    free(problem);
  } else {
    parse_ctx c = {.path = path, .doc = &doc};
    ok = parse(&c, out);
    if (!ok) *err = c.err;
    yaml_document_delete(&doc);
  }
  yaml_parser_delete(&parser);
  fclose(f);
  return ok;
}

static bool parse_model_doc(parse_ctx *c, void *out) { return parse_model(c, out); }

bool model_load(const char *path, api_model *m, char **err) {
  memset(m, 0, sizeof *m);
  bool ok = load_yaml(path, parse_model_doc, m, err);
  if (!ok) model_free(m);
  return ok;
}

/* ---- the derived model (`derived: openssl-derived.yaml`) ---- */

typedef struct {
  api_model *m;
  size_t nhand; /* the hand-written entries: m->fns[0..nhand), sorted */
} derived_target;

static bool hand_written(const derived_target *t, const char *name) {
  api_function key = {.name = (char *)name};
  return t->nhand && bsearch(&key, t->m->fns, t->nhand, sizeof key, cmp_fn);
}

/* version, source and functions; an entry the hand-written model has is
 * left out (the hand-written role wins). */
static bool parse_derived(parse_ctx *c, void *out) {
  derived_target *t = out;
  yaml_node_t *root = yaml_document_get_root_node(c->doc);
  if (!root || root->type != YAML_MAPPING_NODE) return fail(c, root, "the derived model must be a mapping", NULL);
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (key && !strcmp(key, "version")) {
      long long ver;
      if (!get_int(c, v, &ver)) return false;
      if (ver != 1) return fail(c, v, "unsupported model version (expected 1)", NULL);
    } else if (key && !strcmp(key, "source")) {
      if (!scalar(v)) return fail(c, v, "source must be a string", NULL);
      free(t->m->derived_source);
      t->m->derived_source = xstrdup(scalar(v));
    } else if (key && !strcmp(key, "functions")) {
      if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "functions must be a list", NULL);
      for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
        api_function fn;
        if (!model_parse_function(c, yaml_document_get_node(c->doc, *it), &fn)) return false;
        if (hand_written(t, fn.name)) {
          free(fn.commands);
          continue;
        }
        fn.name = xstrdup(fn.name);
        VEC_PUSH(t->m->fns, t->m->nfns, t->m->cap, fn);
      }
    } else {
      return fail(c, k, "unknown key '%s' in a derived model (version, source, functions)", key ? key : "");
    }
  }
  return true;
}

/* The derived file, named relative to the model's own directory. */
static bool load_derived(parse_ctx *c, const yaml_node_t *at, api_model *m, const char *file) {
  const char *slash = strrchr(c->path, '/');
  char *path = file[0] == '/' || !slash ? xstrdup(file) : xasprintf("%.*s/%s", (int)(slash - c->path), c->path, file);
  derived_target t = {m, m->nfns};
  char *err = NULL;
  bool ok = load_yaml(path, parse_derived, &t, &err);
  free(m->derived_path);
  m->derived_path = xstrdup(path);
  qsort(m->fns, m->nfns, sizeof *m->fns, cmp_fn);
  /* A name the derived file lists twice: one entry. */
  size_t n = 0;
  for (size_t i = 0; i < m->nfns; i++) {
    if (n && !strcmp(m->fns[n - 1].name, m->fns[i].name)) {
      free(m->fns[i].name);
      free(m->fns[i].commands);
      continue;
    }
    m->fns[n++] = m->fns[i];
  }
  m->nfns = n;
  free(path);
  if (!ok) {
    fail(c, at, "in the derived model: %s", err);
    free(err);
  }
  return ok;
}

/* ---- configuration files (.ossl-lint.yaml) ---- */

typedef struct {
  api_model *m;
  signed char *rule_state; /* per rule: -1 unset, 0 disabled, 1 enabled */
  const char *const *rule_ids;
  const char *const *rule_names;
  int nrules;
} config_target;

static bool parse_rule_list(parse_ctx *c, const yaml_node_t *n, config_target *t, int state) {
  if (n->type != YAML_SEQUENCE_NODE) return fail(c, n, "expected a list of rule ids", NULL);
  for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top; it++) {
    yaml_node_t *v = yaml_document_get_node(c->doc, *it);
    const char *id = scalar(v);
    int found = -1;
    for (int r = 0; id && r < t->nrules; r++)
      if (!strcmp(id, t->rule_ids[r]) || !strcmp(id, t->rule_names[r])) found = r;
    if (found < 0) return fail(c, v, "unknown rule '%s'", id ? id : "");
    t->rule_state[found] = (signed char)state;
  }
  return true;
}

/* `entry-points: [tls_read, tls_write]`: functions called from outside the run. */
static bool parse_entry_points(parse_ctx *c, const yaml_node_t *v, api_model *m) {
  return parse_names(c, v, &m->entry_points, &m->nentry_points, "entry-points");
}

static bool parse_config(parse_ctx *c, void *out) {
  config_target *t = out;
  yaml_node_t *root = yaml_document_get_root_node(c->doc);
  if (!root) return true; /* an empty file configures nothing */
  if (root->type != YAML_MAPPING_NODE) return fail(c, root, "the configuration must be a mapping", NULL);
  for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
    yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
    const char *key = scalar(k);
    if (key && !strcmp(key, "rules")) {
      if (v->type != YAML_MAPPING_NODE) return fail(c, v, "rules: expected {enable: [...], disable: [...]}", NULL);
      for (yaml_node_pair_t *q = v->data.mapping.pairs.start; q < v->data.mapping.pairs.top; q++) {
        const char *which = scalar(yaml_document_get_node(c->doc, q->key));
        yaml_node_t *list = yaml_document_get_node(c->doc, q->value);
        if (which && !strcmp(which, "enable")) { /* only these, as --enable */
          for (int r = 0; r < t->nrules; r++)
            if (t->rule_state[r] < 0) t->rule_state[r] = 0;
          if (!parse_rule_list(c, list, t, 1)) return false;
        } else if (which && !strcmp(which, "disable")) {
          if (!parse_rule_list(c, list, t, 0)) return false;
        } else {
          return fail(c, yaml_document_get_node(c->doc, q->key), "rules: unknown key '%s' (enable, disable)", which);
        }
      }
    } else if (key && !strcmp(key, "functions")) {
      if (v->type != YAML_SEQUENCE_NODE) return fail(c, v, "functions must be a list", NULL);
      for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
        api_function fn;
        if (!model_parse_function(c, yaml_document_get_node(c->doc, *it), &fn)) return false;
        model_set(t->m, &fn);
      }
    } else if (key && !strcmp(key, "entry-points")) {
      if (!parse_entry_points(c, v, t->m)) return false;
    } else {
      return fail(c, k, "unknown key '%s' (rules, functions, entry-points)", key ? key : "");
    }
  }
  return true;
}

bool config_load(const char *path, api_model *m, signed char *rule_state, const char *const *ids,
                 const char *const *names, int nrules, char **err) {
  config_target t = {m, rule_state, ids, names, nrules};
  return load_yaml(path, parse_config, &t, err);
}

#ifndef OSSL_LINT_MODEL_SOURCE
#define OSSL_LINT_MODEL_SOURCE ""
#endif
#ifndef OSSL_LINT_MODEL_INSTALLED
#define OSSL_LINT_MODEL_INSTALLED ""
#endif

char *model_default_path(void) {
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = '\0';
      char *cand = xasprintf("%s/../share/ossl-lint/openssl-api.yaml", exe);
      if (access(cand, R_OK) == 0) return cand;
      free(cand);
    }
  }
  if (*OSSL_LINT_MODEL_SOURCE && access(OSSL_LINT_MODEL_SOURCE, R_OK) == 0)
    return xstrdup(OSSL_LINT_MODEL_SOURCE);
  return xstrdup(*OSSL_LINT_MODEL_INSTALLED ? OSSL_LINT_MODEL_INSTALLED : "openssl-api.yaml");
}
