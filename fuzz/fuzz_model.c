/* libFuzzer target: the API model parser and the configuration parser
 * (checker/model.c: model_load, config_load). The input is written to a
 * temporary file and loaded as a model, then as a .ossl-lint.yaml. */
#include "model.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char path[64];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!path[0]) {
    snprintf(path, sizeof path, "/tmp/ossl-lint-fuzz-model-%d.yaml", (int)getpid());
  }
  FILE *f = fopen(path, "wb");
  if (!f) abort();
  if (size && fwrite(data, 1, size, f) != size) abort();
  fclose(f);
  api_model m;
  memset(&m, 0, sizeof m);
  char *err = NULL;
  if (model_load(path, &m, &err)) {
    /* exercise the lookups on what was loaded */
    for (size_t i = 0; i < m.nfns; i++) {
      const api_function *fn = NULL;
      model_role_of(&m, m.fns[i].name, true, &fn);
      (void)model_role_name(m.fns[i].role);
    }
    model_lookup(&m, "SSL_read");
    model_free(&m);
    if (err) abort(); /* success must not leave a message */
  } else {
    if (!err || !*err) abort(); /* failure must say why */
    if (strchr(err, '\n') && strchr(err, '\n')[1]) abort(); /* one line */
    free(err);
  }
  /* The same bytes as a configuration file, applied to a small model. */
  api_model base;
  memset(&base, 0, sizeof base);
  api_function fn = {.name = "SSL_read", .role = ROLE_IO, .ssl_arg = 0, .ret_arg = -1, .success_min = 1};
  model_set(&base, &fn);
  static const char *const ids[] = {"OSSL001", "OSSL002"}, *const names[] = {"a", "b"};
  signed char state[2] = {-1, -1};
  err = NULL;
  if (config_load(path, &base, state, ids, names, 2, &err)) {
    if (err) abort();
    for (size_t i = 0; i < base.nfns; i++) (void)model_lookup(&base, base.fns[i].name);
  } else {
    if (!err || !*err || strchr(err, '\n')) abort(); /* one line, and says why */
    free(err);
  }
  model_free(&base);
  return 0;
}
