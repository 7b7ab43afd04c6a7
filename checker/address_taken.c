#include "address_taken.h"

#include "cursor.h"
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *name;
  int refs, calls; /* references to it, and direct calls of it */
  int kept;        /* references whose value stays in the project's own pointers of its type */
  int threads;     /* references that start a thread running it (pthread_create(t, NULL, fn, arg)) */
  char *sys_type;  /* a library function's (a system header's): its type, as lower.c spells it */
} fn_use;

typedef struct {
  fn_use *v;
  int n, cap;
  /* arguments of library calls converted to a non-const `void *` (memset's
   * buffer): the library writes there, it does not keep a pointer to call */
  CXCursor *dest;
  int ndest, dest_cap;
  /* the calls that start a thread running one of their arguments, and which
   * (the model's thread_starts) */
  char *const *thread_starts;
  const int *thread_start_args;
  size_t nthread_starts;
} use_list;

/* Linear: a translation unit's own functions are few; the list is searched from the end. */
static fn_use *use_of(use_list *l, CXCursor fn) {
  char *name = cx_take(clang_getCursorSpelling(fn));
  for (int i = l->n - 1; i >= 0; i--)
    if (!strcmp(l->v[i].name, name)) {
      free(name);
      return &l->v[i];
    }
  fn_use u = {name, 0, 0, 0, 0, NULL};
  if (clang_Location_isInSystemHeader(clang_getCursorLocation(fn)))
    u.sys_type = cx_take(clang_getTypeSpelling(clang_getCanonicalType(clang_getCursorType(fn))));
  VEC_PUSH(l->v, l->n, l->cap, u);
  return &l->v[l->n - 1];
}

/* An entry of its own ("@var:...", "@arg:..."), once; takes key. */
static void note_key(use_list *l, char *key) {
  for (int i = l->n - 1; i >= 0; i--)
    if (!strcmp(l->v[i].name, key)) {
      free(key);
      return;
    }
  fn_use u = {key, 1, 0, 0, 0, NULL};
  VEC_PUSH(l->v, l->n, l->cap, u);
}

/* A variable of external linkage: named as "@var:NAME", with as many
 * references as needed to be listed. */
static void note_global(use_list *l, CXCursor var) {
  if (clang_getCursorKind(var) != CXCursor_VarDecl || clang_getCursorLinkage(var) != CXLinkage_External ||
      clang_Location_isInSystemHeader(clang_getCursorLocation(var))) /* stdout: the C library's */
    return;
  char *name = cx_take(clang_getCursorSpelling(var));
  char *key = xasprintf(ADDRESS_TAKEN_VAR "%s", name);
  free(name);
  note_key(l, key);
}

/* An element of an initializer list written with a designator (`.read =
 * f`, a DesignatedInitExpr: the field's name, then the value): the value. */
static CXCursor designated_value(CXCursor e) {
  if (clang_getCursorKind(e) != CXCursor_UnexposedExpr) return e;
  cursor_list l = cursor_children(e);
  CXCursor v = l.n >= 2 && clang_getCursorKind(l.v[0]) == CXCursor_MemberRef ? l.v[l.n - 1] : e;
  free(l.v);
  return v;
}

/* The operand of a parenthesis, a cast (whose children are the type's name
 * as written, a TypeRef, then the operand) or an implicit conversion, or a
 * null cursor. */
static CXCursor wrapped_operand(CXCursor e) {
  enum CXCursorKind k = clang_getCursorKind(e);
  cursor_list l = cursor_children(e);
  CXCursor next = l.n == 1 || (l.n == 2 && k == CXCursor_CStyleCastExpr) ? l.v[l.n - 1] : clang_getNullCursor();
  free(l.v);
  return next;
}

/* A pointer, or an array (which decays to one). */
static bool pointer_like(enum CXTypeKind k) {
  return k == CXType_Pointer || k == CXType_ConstantArray || k == CXType_IncompleteArray ||
         k == CXType_VariableArray;
}

/* Under parentheses, casts, implicit conversions and `&`: the function a child
 * expression names, or a null cursor. */
static CXCursor function_named(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
      CXCursor ref = clang_getCursorReferenced(e);
      return clang_getCursorKind(ref) == CXCursor_FunctionDecl ? ref : clang_getNullCursor();
    }
    if (k == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_AddrOf) break;
    if (k != CXCursor_UnexposedExpr && k != CXCursor_ParenExpr && k != CXCursor_UnaryOperator &&
        k != CXCursor_CStyleCastExpr) /* a cast to another type: kept_in_project() checks the type */
      break;
    CXCursor next = wrapped_operand(e);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return clang_getNullCursor();
}

static bool in_system_header(CXCursor c) {
  return !clang_Cursor_isNull(c) && clang_Location_isInSystemHeader(clang_getCursorLocation(c));
}

/* Whether a record's field may be read by code the run does not see, or as
 * another type: a field of a union, or of a record a system header declares
 * (`struct sigaction`'s `sa_handler`, itself in an anonymous union). */
static bool field_escapes(CXCursor field) {
  CXCursor record = clang_getCursorSemanticParent(field);
  return clang_getCursorKind(record) == CXCursor_UnionDecl || in_system_header(record);
}

/* Whether an initializer list's type is a union or a system header's record. */
static bool init_list_escapes(CXCursor list) {
  CXCursor decl = clang_getTypeDeclaration(clang_getCursorType(list));
  return clang_getCursorKind(decl) == CXCursor_UnionDecl || in_system_header(decl);
}

/* Whether e is an element written with designators (`.act.sa_handler = f`,
 * a DesignatedInitExpr: the fields' names, then the value), and whether one
 * of the fields it names on its way escapes (field_escapes). */
static bool designated_fields(CXCursor e, bool *escapes) {
  *escapes = false;
  if (clang_getCursorKind(e) != CXCursor_UnexposedExpr) return false;
  cursor_list l = cursor_children(e);
  bool designated = false;
  for (int i = 0; i < l.n; i++)
    if (clang_getCursorKind(l.v[i]) == CXCursor_MemberRef) {
      designated = true;
      *escapes |= field_escapes(clang_getCursorReferenced(l.v[i]));
    }
  free(l.v);
  return designated;
}

static bool designators_escape(CXCursor e) {
  bool escapes;
  designated_fields(e, &escapes);
  return escapes;
}

/* Whether the place an assignment stores to (`sa.sa_handler`, `u.start`,
 * `t[i].cb`) is, or lies in, a field that escapes (field_escapes), or is a
 * variable that a system header declares. */
static bool place_escapes(CXCursor lhs) {
  for (int depth = 0; depth < 16 && !clang_Cursor_isNull(lhs); depth++) {
    enum CXCursorKind k = clang_getCursorKind(lhs);
    if (k == CXCursor_MemberRefExpr && field_escapes(clang_getCursorReferenced(lhs))) return true;
    if (k == CXCursor_DeclRefExpr) { /* glibc's `error_print_progname`, a system header's variable */
      CXCursor var = clang_getCursorReferenced(lhs);
      return clang_getCursorKind(var) == CXCursor_VarDecl && in_system_header(var);
    }
    if (k != CXCursor_MemberRefExpr && k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr &&
        k != CXCursor_ArraySubscriptExpr && k != CXCursor_UnaryOperator)
      return false;
    cursor_list l = cursor_children(lhs);
    lhs = l.n >= 1 ? l.v[0] : clang_getNullCursor();
    free(l.v);
  }
  return false;
}

/* The function type that a call through a pointer calls (its callee
 * expression's, as lower.c spells ir_call.callee_fntype), or NULL. */
static char *pointer_callee_type(CXCursor call) {
  cursor_list l = cursor_children(call);
  CXType t = l.n >= 1 ? clang_getCanonicalType(clang_getCursorType(l.v[0])) : (CXType){0};
  free(l.v);
  if (t.kind == CXType_Pointer) t = clang_getCanonicalType(clang_getPointeeType(t));
  if (t.kind != CXType_FunctionProto && t.kind != CXType_FunctionNoProto) return NULL;
  return cx_take(clang_getTypeSpelling(t));
}

/* Whether `call` calls through a pointer (not a function it names). */
static bool calls_through_pointer(CXCursor call) {
  return clang_getCursorKind(clang_getCursorReferenced(call)) != CXCursor_FunctionDecl;
}

/* Whether a conversion yields no pointer: `(void)f`, a truth value, an
 * integer (not a designated element of an initializer list). */
static bool converts_to_non_pointer(CXCursor conv) {
  bool escapes;
  if (designated_fields(conv, &escapes)) return false;
  enum CXTypeKind k = clang_getCanonicalType(clang_getCursorType(conv)).kind;
  return !pointer_like(k) && k != CXType_Invalid;
}

/* Whether expression e, a child of `parent` (the i-th), has the type of a
 * pointer to fn's own type and goes where the project's code keeps it: an
 * assignment's right side, a variable's initializer, an element of an
 * initializer list of a type not declared in a system header, an argument of
 * a direct call to a function not declared in one or of a call through a
 * pointer, a value returned, an operand of `==` or `!=`, a conversion to no
 * pointer at all (`(void)f`). A cast to another pointer type, an argument of
 * a library function (`pthread_create`, `SSL_CTX_set_verify`), a field of a
 * library's struct: it may be called from code the run does not see. */
static bool kept_in_project(CXCursor parent, int i, CXCursor e, CXCursor fn) {
  CXType want = clang_getCanonicalType(clang_getCursorType(fn));
  CXType t = clang_getCanonicalType(clang_getCursorType(e));
  bool typed = t.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(t)), want);
  switch (clang_getCursorKind(parent)) {
  case CXCursor_BinaryOperator: {
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(parent);
    if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) return true;
    if (op != CXBinaryOperator_Assign || i != 1 || !typed) return false;
    cursor_list l = cursor_children(parent);
    bool kept = l.n == 2 && !place_escapes(l.v[0]);
    free(l.v);
    return kept;
  }
  case CXCursor_VarDecl:
  case CXCursor_ReturnStmt:
    return typed;
  case CXCursor_InitListExpr:
    return typed && !init_list_escapes(parent);
  case CXCursor_CallExpr: {
    CXCursor callee = clang_getCursorReferenced(parent);
    if (calls_through_pointer(parent)) return i > 0 && typed; /* kept if the run has its targets (project.c) */
    return i > 0 && typed && !in_system_header(callee);
  }
  case CXCursor_CStyleCastExpr:
  case CXCursor_UnexposedExpr:
    return converts_to_non_pointer(parent);
  default:
    return false;
  }
}

/* Whether e, argument argi of `call` (-1: find which), is the one that call,
 * a direct call of a library function (not the project's), runs in a new
 * thread by the model's thread_starts (pthread_create(t, NULL, fn, arg):
 * argument 2), naming a function of the argument's own type. */
static bool thread_start_argument(const use_list *l, CXCursor call, int argi, CXCursor e) {
  if (!l->nthread_starts || clang_getCursorKind(call) != CXCursor_CallExpr) return false;
  CXCursor callee = clang_getCursorReferenced(call);
  if (clang_getCursorKind(callee) != CXCursor_FunctionDecl || !in_system_header(callee)) return false;
  char *name = cx_take(clang_getCursorSpelling(callee));
  int arg = -1;
  for (size_t i = 0; i < l->nthread_starts && arg < 0; i++)
    if (!strcmp(l->thread_starts[i], name)) arg = l->thread_start_args[i];
  free(name);
  if (arg < 0 || arg >= clang_Cursor_getNumArguments(call) ||
      (argi >= 0 ? argi != arg : !clang_equalCursors(clang_Cursor_getArgument(call, (unsigned)arg), e)))
    return false;
  CXCursor fn = function_named(e);
  if (clang_Cursor_isNull(fn)) return false;
  CXType want = clang_getCanonicalType(clang_getCursorType(fn));
  CXType t = clang_getCanonicalType(clang_getCursorType(e));
  return t.kind == CXType_Pointer && clang_equalTypes(clang_getCanonicalType(clang_getPointeeType(t)), want);
}

/* The references to functions among c's children that stay in the project's
 * own pointers of their type (kept_in_project). */
static void count_kept(use_list *l, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_BinaryOperator && k != CXCursor_VarDecl && k != CXCursor_ReturnStmt &&
      k != CXCursor_InitListExpr && k != CXCursor_CallExpr && k != CXCursor_CStyleCastExpr &&
      k != CXCursor_UnexposedExpr)
    return;
  cursor_list l2 = cursor_children(c);
  for (int i = 0; i < l2.n; i++) {
    CXCursor e = l2.v[i];
    if (!clang_isExpression(clang_getCursorKind(e))) continue;
    if (k == CXCursor_InitListExpr) {
      if (designators_escape(e)) continue;
      e = designated_value(e);
    }
    CXCursor fn = function_named(e);
    if (clang_Cursor_isNull(fn) || (k == CXCursor_CallExpr && i == 0)) continue; /* the callee of a call */
    if (k == CXCursor_CallExpr && thread_start_argument(l, c, i - 1, e)) { /* runs in a new thread: neither kept nor escaping */
      use_of(l, fn)->threads++;
      continue;
    }
    if (!kept_in_project(c, i, e, fn)) continue;
    use_of(l, fn)->kept++;
    if (k == CXCursor_CallExpr) { /* kept only if the run defines the callee (project.c) */
      char *name = cx_take(clang_getCursorSpelling(fn));
      char *key;
      if (calls_through_pointer(c)) {
        char *type = pointer_callee_type(c);
        key = xasprintf(ADDRESS_TAKEN_POINTER_ARG "%s:%s", name, type ? type : "?");
        free(type);
      } else {
        char *callee = cx_take(clang_getCursorSpelling(clang_getCursorReferenced(c)));
        key = xasprintf(ADDRESS_TAKEN_ARG "%s:%s", name, callee);
        free(callee);
      }
      free(name);
      note_key(l, key);
    }
  }
  free(l2.v);
}

/* The function type that a value of type t points to, through pointers and
 * arrays (`void *(*)(void *)`, `cmp_fn[]`, `&fn`), spelled as lower.c spells
 * a function's type, and through how many of them (*levels_out); NULL for
 * any other type. */
static char *pointed_function_type(CXType t, int *levels_out) {
  int levels = 0;
  for (t = clang_getCanonicalType(t); levels < 4; levels++) {
    if (t.kind == CXType_Pointer) t = clang_getPointeeType(t);
    else if (t.kind == CXType_ConstantArray || t.kind == CXType_IncompleteArray || t.kind == CXType_VariableArray)
      t = clang_getArrayElementType(t);
    else break;
    t = clang_getCanonicalType(t);
  }
  if (levels == 0 || (t.kind != CXType_FunctionProto && t.kind != CXType_FunctionNoProto)) return NULL;
  *levels_out = levels;
  return cx_take(clang_getTypeSpelling(t));
}

/* Whether e is an argument (not the callee) of `call`. */
static bool is_argument(CXCursor call, CXCursor e) {
  int n = clang_Cursor_getNumArguments(call);
  for (int i = 0; i < n; i++)
    if (clang_equalCursors(clang_Cursor_getArgument(call, (unsigned)i), e)) return true;
  return false;
}

/* Under parentheses and conversions: the expression a value comes from. */
static CXCursor value_source(CXCursor e) {
  for (int depth = 0; depth < 16; depth++) {
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k != CXCursor_ParenExpr && k != CXCursor_UnexposedExpr && k != CXCursor_CStyleCastExpr) break;
    CXCursor next = wrapped_operand(e);
    if (clang_Cursor_isNull(next)) break;
    e = next;
  }
  return e;
}

/* Whether value e may carry the address of a function of the project that it
 * does not name: not a constant (`SIG_IGN`, a null pointer), not a function
 * named directly (`free`, or one of the project's, which count_kept()
 * follows on its own). */
static bool may_carry_address(CXCursor e) {
  if (!clang_Cursor_isNull(function_named(e))) return false;
  return pointer_like(clang_getCanonicalType(clang_getCursorType(value_source(e))).kind);
}

static bool is_destination(const use_list *l, CXCursor e) {
  for (int i = 0; i < l->ndest; i++)
    if (clang_equalCursors(l->dest[i], e)) return true;
  return false;
}

/* A call of a library function: its arguments converted to a non-const
 * `void *` are buffers it writes (memset(), memcpy()'s destination, read()):
 * noted, so that the conversion is not taken for an escape. */
static void note_library_destinations(use_list *l, CXCursor call) {
  CXCursor callee = clang_getCursorReferenced(call);
  if (clang_getCursorKind(callee) != CXCursor_FunctionDecl || !in_system_header(callee)) return;
  int n = clang_Cursor_getNumArguments(call);
  for (int i = 0; i < n; i++) {
    CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
    CXType t = clang_getCanonicalType(clang_getCursorType(a));
    if (t.kind != CXType_Pointer) continue;
    CXType to = clang_getPointeeType(t);
    if (clang_getCanonicalType(to).kind != CXType_Void || clang_isConstQualifiedType(to)) continue;
    cursor_list c = cursor_children(a);
    int levels;
    char *type = c.n >= 1 ? pointed_function_type(clang_getCursorType(c.v[c.n - 1]), &levels) : NULL;
    if (type) VEC_PUSH(l->dest, l->ndest, l->dest_cap, a);
    free(type);
    free(c.v);
  }
}

/* The key for a pointer to functions of `type` given to `call`: a library
 * function's argument escapes; a project function's, unless the run defines
 * it; a call through a pointer's, unless the run has functions of its type
 * (project.c). */
static char *argument_key(CXCursor call, const char *type) {
  if (calls_through_pointer(call)) {
    char *ct = pointer_callee_type(call);
    char *key = ct ? xasprintf(ADDRESS_TAKEN_TYPE_POINTER_ARG "%s:%s", ct, type)
                   : xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    free(ct);
    return key;
  }
  CXCursor callee = clang_getCursorReferenced(call);
  if (in_system_header(callee)) return xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
  char *name = cx_take(clang_getCursorSpelling(callee));
  char *key = xasprintf(ADDRESS_TAKEN_TYPE_ARG "%s:%s", name, type);
  free(name);
  return key;
}

/* A value e that points to functions of one type (pointed_function_type),
 * where `parent` may hand it to code the run does not see or turn it into
 * another type: then any function of that type whose address is taken may be
 * called from there ("@typeesc:TYPE"). Forwarded to a function the run may
 * define: "@typearg:CALLEE:TYPE"; through a pointer: "@typeptrarg:". The
 * places: an argument of a library function (`pthread_create(t, NULL, fn, c)`,
 * `qsort(v, n, 8, cmps[i])`), a conversion to another pointer type
 * (`(void *)keep`, `memcpy(raw, &fn, ...)`; not a library's destination
 * buffer, not a truth value), an element of an initializer of a union or a
 * system header's record. A value that carries no project function (a null
 * pointer, `SIG_IGN`, `free`) goes nowhere. */
static void note_type_escape(use_list *l, CXCursor e, CXCursor parent) {
  if (!clang_isExpression(clang_getCursorKind(e))) return;
  int levels, to_levels = 0;
  char *type = pointed_function_type(clang_getCursorType(e), &levels);
  if (!type) return;
  if (!may_carry_address(e) || thread_start_argument(l, parent, -1, e)) {
    free(type);
    return;
  }
  char *key = NULL;
  bool escapes;
  switch (clang_getCursorKind(parent)) {
  case CXCursor_CallExpr:
    if (is_argument(parent, e)) key = argument_key(parent, type);
    break;
  case CXCursor_UnexposedExpr: /* a designated element (`.act.sa_handler = fn`), or an implicit conversion */
    if (designated_fields(parent, &escapes)) {
      if (escapes) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
      break;
    }
    /* fall through */
  case CXCursor_CStyleCastExpr: { /* to another pointer type; not an array's decay, not a qualifier */
    if (converts_to_non_pointer(parent) || is_destination(l, parent)) break;
    char *to = pointed_function_type(clang_getCursorType(parent), &to_levels);
    if (!to || strcmp(to, type) || to_levels != levels) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    free(to);
    break;
  }
  case CXCursor_InitListExpr:
    if (init_list_escapes(parent)) key = xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type);
    break;
  default:
    break;
  }
  free(type);
  if (key) note_key(l, key);
}

/* An assignment of a pointer to functions to a place that escapes
 * (`sa.sa_handler = h`, `u.start = p`, a system header's variable). */
static void note_store_escape(use_list *l, CXCursor op) {
  if (clang_getCursorBinaryOperatorKind(op) != CXBinaryOperator_Assign) return;
  cursor_list c = cursor_children(op);
  int levels;
  char *type = c.n == 2 ? pointed_function_type(clang_getCursorType(c.v[1]), &levels) : NULL;
  if (type && may_carry_address(c.v[1]) && place_escapes(c.v[0]))
    note_key(l, xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type));
  free(type);
  free(c.v);
}

/* The address of a place that escapes, of a type that points to functions
 * (`slot = &sa.sa_handler`): whatever is stored through it escapes. */
static void note_escaping_address(use_list *l, CXCursor op) {
  if (clang_getCursorUnaryOperatorKind(op) != CXUnaryOperator_AddrOf) return;
  cursor_list c = cursor_children(op);
  int levels;
  char *type = c.n == 1 ? pointed_function_type(clang_getCursorType(c.v[0]), &levels) : NULL;
  if (type && place_escapes(c.v[0])) note_key(l, xasprintf(ADDRESS_TAKEN_TYPE_ESCAPES "%s", type));
  free(type);
  free(c.v);
}

typedef struct {
  use_list *l;
  CXCursor call;
  int depth;
} field_walk;

static void note_record_fields(field_walk *w, CXType record);

static enum CXVisitorResult note_field(CXCursor field, CXClientData data) {
  field_walk *w = data;
  CXType t = clang_getCanonicalType(clang_getCursorType(field));
  int levels;
  char *type = pointed_function_type(t, &levels);
  if (type) {
    note_key(w->l, argument_key(w->call, type));
    free(type);
    return CXVisit_Continue;
  }
  while (t.kind == CXType_ConstantArray) t = clang_getCanonicalType(clang_getArrayElementType(t));
  if (t.kind == CXType_Record && w->depth < 4) {
    w->depth++;
    note_record_fields(w, t);
    w->depth--;
  }
  return CXVisit_Continue;
}

static void note_record_fields(field_walk *w, CXType record) {
  if (in_system_header(clang_getTypeDeclaration(record))) return;
  clang_Type_visitFields(record, note_field, w);
}

/* A project record given to a project function the run may not define, or
 * through a pointer (`register_handlers(&table)`): each pointer to functions
 * among its fields (within embedded records and arrays) is given with it. A
 * library does not know the project's records. */
static void note_record_arguments(use_list *l, CXCursor call) {
  CXCursor callee = clang_getCursorReferenced(call);
  if (!calls_through_pointer(call) && in_system_header(callee)) return;
  int n = clang_Cursor_getNumArguments(call);
  for (int i = 0; i < n; i++) {
    CXCursor a = clang_Cursor_getArgument(call, (unsigned)i);
    CXType t = clang_getCanonicalType(clang_getCursorType(a));
    for (int lv = 0; lv < 4 && (t.kind == CXType_Pointer || t.kind == CXType_ConstantArray); lv++)
      t = clang_getCanonicalType(t.kind == CXType_Pointer ? clang_getPointeeType(t) : clang_getArrayElementType(t));
    if (t.kind != CXType_Record) continue;
    field_walk w = {l, call, 0};
    note_record_fields(&w, t);
  }
}

/* A pointer to functions of a type that may come from code the run does not
 * see: a conversion to it from another pointer type (`(handler_fn)dlsym(...)`,
 * a `void *` given back), a library function's result of that type
 * ("@typeext:TYPE"). */
static void note_type_from_elsewhere(use_list *l, CXCursor c) {
  enum CXCursorKind k = clang_getCursorKind(c);
  int levels, from_levels;
  char *type = pointed_function_type(clang_getCursorType(c), &levels);
  if (!type) return;
  bool ext = false;
  if (k == CXCursor_CallExpr) {
    CXCursor callee = clang_getCursorReferenced(c);
    ext = clang_getCursorKind(callee) == CXCursor_FunctionDecl && in_system_header(callee);
  } else if (k == CXCursor_CStyleCastExpr || k == CXCursor_UnexposedExpr) {
    CXCursor from = wrapped_operand(c);
    if (!clang_Cursor_isNull(from) && clang_isExpression(clang_getCursorKind(from)) &&
        clang_getCanonicalType(clang_getCursorType(from)).kind == CXType_Pointer && may_carry_address(from)) {
      char *was = pointed_function_type(clang_getCursorType(from), &from_levels);
      ext = !was || strcmp(was, type) || from_levels != levels;
      free(was);
    }
  }
  if (ext) note_key(l, xasprintf(ADDRESS_TAKEN_TYPE_EXTERNAL "%s", type));
  free(type);
}

static enum CXChildVisitResult count_uses(CXCursor c, CXCursor parent, CXClientData data) {
  use_list *l = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (cursor_scalar_data(c)) return CXChildVisit_Continue;
  if (k == CXCursor_CallExpr) {
    note_library_destinations(l, c);
    note_record_arguments(l, c);
  }
  if (k == CXCursor_BinaryOperator) note_store_escape(l, c);
  if (k == CXCursor_UnaryOperator) note_escaping_address(l, c);
  note_type_from_elsewhere(l, c);
  count_kept(l, c);
  note_type_escape(l, c, parent);
  if (k == CXCursor_DeclRefExpr) note_global(l, clang_getCursorReferenced(c));
  if (k == CXCursor_DeclRefExpr || k == CXCursor_CallExpr) {
    CXCursor ref = clang_getCursorReferenced(c);
    if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
      fn_use *u = use_of(l, ref);
      if (k == CXCursor_CallExpr) u->calls++;
      else u->refs++;
    }
  }
  return CXChildVisit_Recurse;
}

/* The parameters that point to functions of a function of external linkage:
 * a caller the run does not see may give them its own code ("@typeext:TYPE";
 * a `static` function's callers are its unit's, or the pointers' own
 * callers when its address is taken: plugin_init(reg_fn reg) of a plugin
 * that its host calls). */
static void note_parameters_from_elsewhere(use_list *l, CXCursor fn) {
  if (clang_getCursorLinkage(fn) != CXLinkage_External) return;
  int n = clang_Cursor_getNumArguments(fn);
  for (int i = 0; i < n; i++) {
    int levels;
    char *type = pointed_function_type(clang_getCursorType(clang_Cursor_getArgument(fn, (unsigned)i)), &levels);
    if (type) note_key(l, xasprintf(ADDRESS_TAKEN_TYPE_EXTERNAL "%s", type));
    free(type);
  }
}

typedef struct {
  use_list uses;
  bool (*keep)(CXCursor, void *);
  void *data;
} walk;

static enum CXChildVisitResult visit_top(CXCursor c, CXCursor parent, CXClientData data) {
  (void)parent;
  walk *w = data;
  enum CXCursorKind k = clang_getCursorKind(c);
  if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl) return CXChildVisit_Continue;
  if (!w->keep(c, w->data)) return CXChildVisit_Continue;
  if (k == CXCursor_VarDecl && clang_isCursorDefinition(c)) note_global(&w->uses, c); /* not an `extern` declaration */
  if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) note_parameters_from_elsewhere(&w->uses, c);
  if (k == CXCursor_VarDecl) count_kept(&w->uses, c);
  clang_visitChildren(c, count_uses, &w->uses);
  return CXChildVisit_Continue;
}

char **address_taken_collect(CXTranslationUnit tu, bool (*keep)(CXCursor top, void *data), void *data,
                             char *const *thread_starts, const int *thread_start_args, size_t nthread_starts, int *n) {
  walk w = {.keep = keep, .data = data};
  w.uses.thread_starts = thread_starts;
  w.uses.thread_start_args = thread_start_args;
  w.uses.nthread_starts = nthread_starts;
  clang_visitChildren(clang_getTranslationUnitCursor(tu), visit_top, &w);
  char **names = xmalloc(((size_t)w.uses.n * 4 + 1) * sizeof *names);
  *n = 0;
  for (int i = 0; i < w.uses.n; i++) {
    /* A direct call is a CallExpr and, under it, a DeclRefExpr of the callee:
     * more references than calls means it was also used as a value. */
    fn_use *u = &w.uses.v[i];
    if (u->refs > u->calls + u->kept + u->threads && u->name[0] != '@')
      names[(*n)++] = xasprintf(ADDRESS_TAKEN_ESCAPES "%s", u->name);
    /* a library function's address in a pointer: calls through it run code the run does not see */
    if (u->refs > u->calls && u->sys_type) names[(*n)++] = xasprintf(ADDRESS_TAKEN_TYPE_EXTERNAL "%s", u->sys_type);
    free(u->sys_type);
    if (u->threads > 0 && u->name[0] != '@') names[(*n)++] = xasprintf(ADDRESS_TAKEN_THREAD "%s", u->name);
    if (u->refs > u->calls + u->threads) names[(*n)++] = u->name;
    else free(u->name);
  }
  free(w.uses.v);
  free(w.uses.dest);
  qsort(names, (size_t)*n, sizeof *names, cmp_strp);
  return names;
}
