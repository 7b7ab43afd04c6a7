/* Unit tests of the CFG builder: each case is a small C function and the
 * exact blocks and edges expected (see cfg_dump() for the notation:
 * "B2: c() -> B3(T) B5(F)" is a block that calls c() and branches on it). */
#include "cfg.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

static const char *prelude = "void f(void); void g(void); void h(void); int c(void); int d(void);\n";

typedef struct {
  const char *name; /* the function under test, defined in `code` */
  const char *code;
  const char *expected;
} cfg_case;

static const char *find_name;
static char *found_dump;

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  (void)data;
  if (clang_getCursorKind(c) != CXCursor_FunctionDecl || !clang_isCursorDefinition(c))
    return CXChildVisit_Continue;
  CXString s = clang_getCursorSpelling(c);
  bool match = !strcmp(clang_getCString(s), find_name);
  clang_disposeString(s);
  if (!match) return CXChildVisit_Continue;
  cfg *g = cfg_build(c);
  found_dump = cfg_dump(g);
  cfg_free(g);
  return CXChildVisit_Break;
}

static char *dump_of(const char *name, const char *code) {
  size_t n = strlen(prelude) + strlen(code) + 1;
  char *src = malloc(n);
  snprintf(src, n, "%s%s", prelude, code);
  CXIndex idx = clang_createIndex(0, 0);
  struct CXUnsavedFile f = {"t.c", src, (unsigned long)strlen(src)};
  const char *args[] = {"-std=gnu11"};
  CXTranslationUnit tu =
      clang_parseTranslationUnit(idx, "t.c", args, 1, &f, 1, CXTranslationUnit_KeepGoing);
  assert_non_null(tu);
  find_name = name;
  found_dump = NULL;
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit, NULL);
  clang_disposeTranslationUnit(tu);
  clang_disposeIndex(idx);
  free(src);
  return found_dump;
}

static void run_case(void **state) {
  const cfg_case *c = *state;
  char *got = dump_of(c->name, c->code);
  if (!got) fail_msg("function %s not found", c->name);
  if (strcmp(got, c->expected)) {
    print_error("CFG of %s differs.\nexpected:\n%s\ngot:\n%s\n", c->name, c->expected, got);
    free(got);
    fail();
  }
  free(got);
}

static const cfg_case cases[] = {
    {"if_else", "void if_else(void) { if (c()) f(); else g(); h(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B3(T) B5(F)\nB3: f() -> B4\nB4: h() -> B1\n"
     "B5: g() -> B4\n"},
    /* && and || short-circuit: d() runs only on one outcome of c(). */
    {"and_or", "void and_or(void) { if (c() && d()) f(); if (c() || d()) g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B5(T) B4(F)\nB3: f() -> B4\n"
     "B4: c() -> B6(T) B8(F)\nB5: d() -> B3(T) B4(F)\nB6: g() -> B7\nB7: -> B1\n"
     "B8: d() -> B6(T) B7(F)\n"},
    /* A call of a noreturn function ends its path: no edge from its block. */
    {"noreturn_call",
     "void die(int) __attribute__((noreturn));\n"
     "void noreturn_call(void) { if (c()) { f(); die(1); } g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B3(T) B4(F)\nB3: f() die()\nB4: g() -> B1\n"},
    {"not_cond", "void not_cond(void) { if (!c()) f(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B4(T) B3(F)\nB3: f() -> B4\nB4: -> B1\n"},
    /* break leaves the loop, continue goes back to the test. */
    {"while_loop", "void while_loop(void) { while (c()) { if (d()) break; if (d()) continue; f(); } g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B3\nB3: c() -> B4(T) B5(F)\nB4: d() -> B6(T) B7(F)\n"
     "B5: g() -> B1\nB6: -> B5\nB7: d() -> B8(T) B9(F)\nB8: -> B3\nB9: f() -> B3\n"},
    {"do_while", "void do_while(void) { do { f(); } while (c()); g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B3\nB3: f() -> B4\nB4: c() -> B3(T) B5(F)\n"
     "B5: g() -> B1\n"},
    /* do { } while (0) runs once: no back edge. */
    {"do_once", "void do_once(void) { do { f(); } while (0); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B3\nB3: f() -> B4\nB4: -> B5\nB5: -> B1\n"},
    /* for with every part (0 < 3: the first test is known to pass, so B2 goes
     * straight to the body), for (;;) left only by break, for with a test only. */
    {"for_loop",
     "void for_loop(void) { for (int i = 0; i < 3; i++) f(); for (;;) { if (c()) break; } "
     "for (; c(); ) g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: i= -> B4\nB3: -> B4(T) B6(F)\nB4: f() -> B5\nB5: i++ -> B3\n"
     "B6: -> B7\nB7: -> B8\nB8: c() -> B11(T) B12(F)\nB9: -> B7\nB10: -> B13\nB11: -> B10\n"
     "B12: -> B9\nB13: c() -> B14(T) B16(F)\nB14: g() -> B15\nB15: -> B13\nB16: -> B1\n"},
    /* The increment runs after the body: a call there is in its own block. */
    {"for_inc", "void for_inc(void) { for (f(); c(); g()) h(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: f() -> B3\nB3: c() -> B4(T) B6(F)\nB4: h() -> B5\n"
     "B5: g() -> B3\nB6: -> B1\n"},
    /* case 1 falls through into case 2. */
    {"sw", "void sw(int x) { switch (x) { case 1: f(); case 2: g(); break; default: h(); } }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B4(case 1) B5(case 2) B6(default)\nB3: -> B1\n"
     "B4: f() -> B5\nB5: g() -> B3\nB6: h() -> B3\n"},
    /* Without a default label the switch can skip every case. */
    {"sw_nodef", "void sw_nodef(int x) { switch (x) { case 1: f(); break; } h(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B4(case 1) B3(default)\nB3: h() -> B1\nB4: f() -> B3\n"},
    {"sw_chain", "void sw_chain(int x) { switch (x) { case 2: case 3: f(); break; default: return; } g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B4(case 2) B5(case 3) B6(default)\nB3: g() -> B1\n"
     "B4: -> B5\nB5: f() -> B3\nB6: return -> B1\n"},
    {"gotos", "int gotos(void) { if (c()) goto out; f(); out: return 0; }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B3(T) B4(F)\nB3: -> B5\nB4: f() -> B5\n"
     "B5: return -> B1\n"},
    /* A backward goto makes a loop. */
    {"goto_loop", "void goto_loop(void) { again: f(); if (c()) goto again; g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B3\nB3: f() c() -> B4(T) B5(F)\nB4: -> B3\n"
     "B5: g() -> B1\n"},
    {"ternary", "int ternary(void) { int x = c() ? d() : 0; return x; }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B3(T) B4(F)\nB3: d() x= -> B5\nB4: x= -> B5\n"
     "B5: return -> B1\n"},
    /* A returned `? :` is built as one return per arm. */
    {"ret_ternary", "int ret_ternary(int n) { return n > 0 ? n : d(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B3(T) B4(F)\nB3: return -> B1\nB4: d() return -> B1\n"},
    /* An assignment's right side is evaluated before it. */
    {"assign", "int assign(void) { int r; r = c(); if ((r = d()) < 0) return r; return 0; }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() r= d() r= -> B3(T) B4(F)\nB3: return -> B1\n"
     "B4: return -> B1\n"},
    /* Code after return is unreachable and not shown. */
    {"dead", "void dead(void) { return; f(); }", "B0(entry): -> B2\nB1(exit):\nB2: return -> B1\n"},
    /* A value-context && still branches. */
    {"and_value", "int and_value(void) { int v = c() && d(); return v; }",
     "B0(entry): -> B2\nB1(exit):\nB2: c() -> B4(T) B3(F)\nB3: v= return -> B1\n"
     "B4: d() -> B3(T) B3(F)\n"},
    /* A for loop written by a macro is told apart by its parts. */
    {"macro_for",
     "#define EACH(i, n) for (i = 0; i < n; i++)\n"
     "void macro_for(int n) { int i; EACH(i, n) f(); g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: i= -> B3\nB3: -> B4(T) B6(F)\nB4: f() -> B5\nB5: i++ -> B3\n"
     "B6: g() -> B1\n"},
    /* ++ and -- define their operand (shown as `x++`); taking an address is not an element. */
    {"incdec", "int incdec(int x) { int *p = &x; x--; ++*p; return x; }",
     "B0(entry): -> B2\nB1(exit):\nB2: p= x++ *++ return -> B1\n"},
    /* GNU statement expression inside a condition. */
    {"stmt_expr", "void stmt_expr(void) { if (({ f(); c(); })) g(); }",
     "B0(entry): -> B2\nB1(exit):\nB2: f() c() -> B3(T) B4(F)\nB3: g() -> B4\nB4: -> B1\n"},
    /* An attributed statement (fallthrough) and asm: seen through, no loop. */
    {"attributed",
     "void attributed(int x) { switch (x) { case 1: f(); __attribute__((fallthrough)); "
     "case 2: __asm__(\"nop\"); g(); } }",
     "B0(entry): -> B2\nB1(exit):\nB2: -> B4(case 1) B5(case 2) B3(default)\nB3: -> B1\n"
     "B4: f() -> B5\nB5: g() -> B3\n"},
    /* sizeof does not evaluate its operand. */
    {"sizeof_op", "unsigned long sizeof_op(void) { return sizeof(c()); }",
     "B0(entry): -> B2\nB1(exit):\nB2: return -> B1\n"},
};

int main(void) {
  struct CMUnitTest tests[sizeof cases / sizeof cases[0]];
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    tests[i] = (struct CMUnitTest){cases[i].name, run_case, NULL, NULL, (void *)&cases[i]};
  return _cmocka_run_group_tests("cfg", tests, sizeof cases / sizeof cases[0], NULL, NULL);
}
