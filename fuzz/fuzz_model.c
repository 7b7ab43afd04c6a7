/* libFuzzer target: the API model parser (checker/model.c, model_load).
 * The input is written to a temporary file and loaded as a model. */
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
  return 0;
}
