/* Configuration files: `.ossl-lint.yaml`, found upward from each source file as
 * .clang-tidy is. A file's nearest configuration governs it: it enables or
 * disables rules for the findings in it, and its function roles (for project
 * functions, callbacks, external libraries) are added to the model that the
 * functions defined in it are analyzed with. */
#ifndef OSSL_LINT_CONFIG_H
#define OSSL_LINT_CONFIG_H

#include "findings.h"
#include "model.h"
#include "util.h"

typedef struct {
  char *dir;  /* the directory holding it (real path) */
  char *path;
  signed char rule_state[64]; /* -1 unset, 0 disabled, 1 enabled */
  api_model model;            /* the base model with this configuration's roles */
} config_file;

typedef struct {
  config_file *v;
  int n, cap;
} config_set;

/* Find (and load, once) the configuration that governs `source`. Problems go
 * to *errors; returns false when a configuration file is broken. */
bool config_discover(config_set *cs, const char *source, const api_model *base, strbuf *errors);
/* The model the functions of `source` are analyzed with: its configuration's,
 * else `base`. */
const api_model *config_model_for(const config_set *cs, const char *source, const api_model *base);
/* The path of the configuration file that governs `source`, or NULL. */
const char *config_path_for(const config_set *cs, const char *source);
/* Drop the findings whose file's configuration disables their rule. */
void config_filter(const config_set *cs, finding_list *l);
void config_free(config_set *cs);

#endif
