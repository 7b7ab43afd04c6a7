/* The kinds of error code a value holds (OSSL006): a code of the thread's
 * error queue (ERR_get_error()) or an SSL_get_error() code, followed through
 * local variables, and summarized per project function: which parameters it
 * uses as queue codes (formats with ERR_error_string(), compares with SSL_R_*),
 * which it compares with SSL_ERROR_* codes, and which kind it returns. */
#ifndef OSSL_LINT_ERROR_CODES_H
#define OSSL_LINT_ERROR_CODES_H

#include "project.h"

/* Kinds: the bits of what a value may be. */
enum {
  CODE_QUEUE = 1,   /* a code of the error queue */
  CODE_CLASS = 2,   /* an SSL_get_error() code */
  CODE_IO = 4,      /* the result of a TLS I/O call */
  CODE_OPENSSL = 8, /* the result of another OpenSSL call */
  CODE_OTHER = 16,  /* anything else (a constant, an expression, another function's result) */
  CODE_PARAM0 = 32, /* parameter i's value from the caller: CODE_PARAM0 << i */
  CODE_MAX_PARAMS = 24,
};


/* What a confused use is. */
typedef enum {
  USE_QUEUE_AS_CLASS,  /* a queue code compared with SSL_ERROR_* (or given to a helper that does) */
  USE_CLASS_AS_QUEUE,  /* an SSL_get_error() code formatted or taken apart as a queue code */
  USE_NOT_IO_RESULT,   /* SSL_get_error() given the result of a call that is not TLS I/O */
} code_use_kind;

typedef struct {
  code_use_kind kind;
  int call;   /* the call where it is used (a sink, a helper, SSL_get_error), or -1 */
  int test;   /* ... or the comparison (f->tests), or -1 */
  int param;  /* a helper's parameter it is given as, or -1 */
  int source; /* a call the code came from, or -1 */
} code_use;

struct code_summary {
  unsigned queue_params; /* bit i: parameter i reaches a use as a queue code */
  unsigned class_params; /* bit i: parameter i is compared with SSL_get_error() codes */
  unsigned returns;      /* CODE_QUEUE or CODE_CLASS: every value it returns is one (or a constant); else 0 */
  /* The confused uses in the function, found by its last pass, which read
   * the summaries as they settled (OSSL006 reports them). */
  code_use *uses;
  int nuses;
};
typedef struct code_summary code_summary;

/* Every function's summary, to a fixed point (index: the project's
 * function), with its confused uses; free with error_codes_summaries_free. */
code_summary *error_codes_summarize(const project *p);
void error_codes_summaries_free(code_summary *sums, int n);

/* Whether some function of the run sets SSL_OP_IGNORE_UNEXPECTED_EOF on an
 * SSL or an SSL_CTX (options written as constants; a variable's are not known). */
bool error_codes_ignore_unexpected_eof(const project *p);

#endif
