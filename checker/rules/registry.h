/* The rule registry: each rule is a check over one function's facts. */
#ifndef OSSL_LINT_RULES_REGISTRY_H
#define OSSL_LINT_RULES_REGISTRY_H

#include "analysis.h"
#include "findings.h"

typedef struct rule_info rule_info;

typedef struct {
  const project *p;
  const ir_function *f;
  const fn_facts *x;
  const rule_info *rule;
  finding_list *out;
} rule_ctx;

struct rule_info {
  const char *id;   /* OSSL001: stable, never reused */
  const char *name; /* stale-error-queue */
  void (*check)(rule_ctx *ctx);
};

#define RULE(id, name, fn) void fn(rule_ctx *ctx);
#include "rule_list.h"
#undef RULE

extern const rule_info rule_table[];
extern const int rule_count;

/* The rule with this id or name, or NULL. */
const rule_info *rule_find(const char *id_or_name);

/* Helpers for rule messages. */
/* "SSL_read", the OpenSSL macro written (`SSL_set_tlsext_host_name` for its SSL_ctrl), or "(function pointer)" */
const char *rule_callee(const ir_function *f, int call);

#endif
