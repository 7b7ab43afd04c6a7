#include "registry.h"

#include <string.h>

const rule_info rule_table[] = {
#define RULE(id, name, fn) {#id, name, fn},
#include "rule_list.h"
#undef RULE
};

const int rule_count = (int)(sizeof rule_table / sizeof rule_table[0]);

const rule_info *rule_find(const char *s) {
  for (int i = 0; i < rule_count; i++)
    if (!strcmp(s, rule_table[i].id) || !strcmp(s, rule_table[i].name)) return &rule_table[i];
  return NULL;
}

const char *rule_callee(const ir_function *f, int call) {
  const ir_call *c = &f->calls[call];
  return c->macro ? c->macro : c->callee ? c->callee : c->callee_type ? c->callee_type : "(function pointer)";
}
