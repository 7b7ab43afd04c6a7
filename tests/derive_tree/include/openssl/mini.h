/* A miniature OpenSSL for tests/test_derive.py: public functions of each derived role. */
#ifndef MINI_H
#define MINI_H
#include <stddef.h>

typedef struct mini_st MINI;
typedef struct mini_method_st {
    int (*rd)(MINI *m);
    long (*ctrl)(MINI *m, int cmd, long larg);
} MINI_METHOD;

void ERR_new(void);
void ERR_set_debug(const char *file, int line, const char *func);
void ERR_set_error(int lib, int reason, const char *fmt, ...);
#define ERR_raise(lib, reason) \
    (ERR_new(), ERR_set_debug(__FILE__, __LINE__, __func__), ERR_set_error)((lib), (reason), NULL)
#define ERR_RFLAGS_OFFSET 18L
#define ERR_R_FATAL ((0x1 << ERR_RFLAGS_OFFSET) | (0x2 << ERR_RFLAGS_OFFSET))
#define ERR_R_MALLOC_FAILURE (256 | ERR_R_FATAL)

MINI *MINI_new(void);                       /* pushes_on_failure [0]: only where it returns NULL */
int MINI_get_flags(const MINI *m);          /* pure */
MINI *MINI_dup(const MINI *m);              /* pure: pushes only ERR_R_MALLOC_FAILURE */
int MINI_set_fd(MINI *m, int fd);           /* pushes_on_failure [0] */
int MINI_load(MINI *m, const char *file);   /* pushes_on_failure [0]: its status variable is 0 where it pushed */
int MINI_load_fd(MINI *m, const char *file); /* pushes: returns a variable that is not a constant after pushing */
int MINI_read(MINI *m);                     /* through the method table: pushes_on_failure [-1] */
int MINI_read_count(MINI *m, int *outl);    /* returns the method's result, a success tested: pushes_on_failure [-1, 0] */
int MINI_callback(MINI *m);                 /* through a pointer a setter sets, nothing resolves: pushes */
void MINI_set_callback(MINI *m, int (*cb)(MINI *m)); /* pure */
int MINI_finish(MINI *m);                   /* through a field no code sets: pure */
long MINI_ctrl(MINI *m, int cmd, long larg);
long MINI_get_mode(MINI *m);
void MINI_not_defined(void);                /* declared, defined nowhere: left out */
#define ERR_LIB_CRYPTO 15
#define ERR_LIB_SSL 20
#define CRYPTO_R_TOO_MANY_RECORDS 114
#define SSL_R_SAME_NUMBER 114
void MINI_cleanse(void *p, unsigned long n); /* pure: through a pointer variable that holds memset */
typedef void (*MINI_freefunc)(void *);
void MINI_list_pop_free(void **items, int n, MINI_freefunc func); /* calls func: pushes (unknown func) */
void MINI_item_free(void *item);            /* pure */
void MINI_item_free_noisy(void *item);      /* pushes */
void MINI_free_items(void **items, int n);  /* pure: MINI_list_pop_free with MINI_item_free, through a check */
void MINI_free_items_noisy(void **items, int n); /* pushes: with MINI_item_free_noisy */
void MINI_free_chars(void **items, int n);  /* pure: with a function cast to MINI_freefunc */
void MINI_release_item(void *item);         /* pure: through a field filled from a parameter */
int MINI_push(MINI *m, int n);              /* pure: pushes only CRYPTO_R_TOO_MANY_RECORDS in ERR_LIB_CRYPTO */
int MINI_check(MINI *m, int n);             /* pushes_on_failure [0]: reason 114 of another library counts */

/* Provider dispatch (OSSL_DISPATCH): a table of (id, function), copied into a
 * method's fields by a switch over the ids. */
typedef void (*MINI_funcptr)(void);
typedef struct mini_dispatch_st {
    int function_id;
    MINI_funcptr function;
} MINI_DISPATCH;
#define MINI_FUNC_KDF_DERIVE 1
#define MINI_FUNC_KDF_FREECTX 2
typedef struct mini_kdf_st MINI_KDF;
MINI_KDF *MINI_KDF_fetch(int which);         /* pure (pushes only ERR_R_MALLOC_FAILURE) */
int MINI_KDF_derive(MINI_KDF *k, int len);   /* through the dispatch table: pushes_on_failure [0] */
void MINI_KDF_free(MINI_KDF *k);             /* through the dispatch table: pure */
/* Dispatch tables that a macro writes (the providers' IMPLEMENT_generic_cipher):
 * their ids are found as the macro defining the value, not as the macro that
 * writes the table. Ids of another family share values with the KDF's. */
#define MINI_FUNC_CIPHER_INIT 1
#define MINI_FUNC_CIPHER_FREECTX 2
typedef struct mini_cipher_st MINI_CIPHER;
MINI_CIPHER *MINI_CIPHER_fetch(int which);   /* pure (pushes only ERR_R_MALLOC_FAILURE) */
int MINI_CIPHER_init(MINI_CIPHER *c);        /* through the tables: pure (both inits are) */

#define MINI_CTRL_MODE 33
#define MINI_CTRL_NAME 55
#define MINI_set_mode(m, x) MINI_ctrl((m), MINI_CTRL_MODE, (x))
#define MINI_set_name(m, x) MINI_ctrl((m), MINI_CTRL_NAME, (x))
#endif
