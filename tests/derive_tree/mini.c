#include <stdlib.h>
#include <string.h>
#include <openssl/mini.h>

struct mini_st {
    const MINI_METHOD *method;
    int flags, fd;
    long mode;
    int (*cb)(MINI *m);
    int (*finish)(MINI *m); /* no code gives it a value */
};

static int mem_rd(MINI *m)
{
    if (m->fd < 0) {
        ERR_raise(1, 2);
        return -1;
    }
    return 1;
}

/* A function passed by name from a function the derivation clones (mem_ctrl,
 * per command): each clone owns its copy of the argument's name. */
static int mem_noop(MINI *m)
{
    (void)m;
    return 1;
}

static void mem_note(int (*fn)(MINI *m))
{
    (void)fn;
}

static long mem_ctrl(MINI *m, int cmd, long larg)
{
    (void)m;
    mem_note(mem_noop);
    switch (cmd) {
    case MINI_CTRL_NAME:
        if (larg == 0) {
            ERR_raise(1, 3);
            return 0;
        }
        return 1;
    default:
        return 0;
    }
}

static const MINI_METHOD mem_method = { mem_rd, mem_ctrl };

MINI *MINI_dup(const MINI *m)
{
    MINI *d = malloc(sizeof(*d));

    if (d == NULL) {
        ERR_raise(1, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    *d = *m;
    return d;
}

MINI *MINI_new(void)
{
    MINI *m = calloc(1, sizeof(*m));

    if (m == NULL) {
        ERR_raise(1, 1);
        return NULL;
    }
    m->method = &mem_method;
    return m;
}

int MINI_get_flags(const MINI *m)
{
    return m->flags;
}

int MINI_set_fd(MINI *m, int fd)
{
    if (fd < 0) {
        ERR_raise(1, 4);
        return 0;
    }
    m->fd = fd;
    return 1;
}

int MINI_load(MINI *m, const char *file)
{
    int ret = 0;

    if (file == NULL) {
        ERR_raise(1, 5);
        goto end;
    }
    ret = m->fd;
 end:
    return ret;
}

int MINI_load_fd(MINI *m, const char *file)
{
    int ret = m->fd;

    if (file == NULL)
        ERR_raise(1, 5);
    return ret;
}

int MINI_read(MINI *m)
{
    return m->method->rd(m);
}

int MINI_read_count(MINI *m, int *outl)
{
    int ret;

    if (outl == NULL) {
        ERR_raise(1, 6);
        return 0;
    }
    ret = m->method->rd(m);
    if (ret > 0)
        *outl = ret;
    return ret;
}

void MINI_set_callback(MINI *m, int (*cb)(MINI *m))
{
    m->cb = cb;
}

int MINI_finish(MINI *m)
{
    if (m->finish != NULL)
        return m->finish(m);
    return 1;
}

int MINI_callback(MINI *m)
{
    return m->cb(m);
}

long MINI_ctrl(MINI *m, int cmd, long larg)
{
    switch (cmd) {
    case MINI_CTRL_MODE:
        return m->mode |= larg;
    default:
        return m->method->ctrl(m, cmd, larg);
    }
}

/* A constant command passed inside the library: MINI_ctrl's copy for it. */
long MINI_get_mode(MINI *m)
{
    return MINI_ctrl(m, MINI_CTRL_MODE, 0);
}

struct mini_kdf_st {
    int (*derive)(void *ctx, int len);
    void (*freectx)(void *ctx);
    void *ctx;
};

static int hkdf_derive(void *ctx, int len)
{
    (void)ctx;
    if (len <= 0) {
        ERR_raise(1, 6);
        return 0;
    }
    return 1;
}

static void hkdf_freectx(void *ctx)
{
    free(ctx);
}

static const MINI_DISPATCH hkdf_functions[] = {
    { MINI_FUNC_KDF_DERIVE, (MINI_funcptr)hkdf_derive },
    { MINI_FUNC_KDF_FREECTX, (MINI_funcptr)hkdf_freectx },
    { 0, NULL }
};

MINI_KDF *MINI_KDF_fetch(int which)
{
    const MINI_DISPATCH *fns = hkdf_functions;
    MINI_KDF *k = calloc(1, sizeof(*k));

    (void)which;
    if (k == NULL) {
        ERR_raise(1, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    for (; fns->function_id != 0; fns++) {
        switch (fns->function_id) {
        case MINI_FUNC_KDF_DERIVE:
            k->derive = (int (*)(void *, int))fns->function;
            break;
        case MINI_FUNC_KDF_FREECTX:
            k->freectx = (void (*)(void *))fns->function;
            break;
        }
    }
    return k;
}

int MINI_KDF_derive(MINI_KDF *k, int len)
{
    return k->derive(k->ctx, len);
}

void MINI_KDF_free(MINI_KDF *k)
{
    k->freectx(k->ctx);
    free(k);
}

struct mini_cipher_st {
    int (*init)(void *ctx);
    void (*freectx)(void *ctx);
    void *ctx;
};

static int plain_init(void *ctx)
{
    return ctx != NULL;
}

static int null_init(void *ctx)
{
    (void)ctx;
    return 1;
}

static void cipher_freectx(void *ctx)
{
    free(ctx);
}

#define MINI_IMPLEMENT_CIPHER(name)                                   \
    static const MINI_DISPATCH name##_cipher_functions[] = {          \
        { MINI_FUNC_CIPHER_INIT, (MINI_funcptr)name##_init },         \
        { MINI_FUNC_CIPHER_FREECTX, (MINI_funcptr)cipher_freectx },   \
        { 0, NULL }                                                   \
    };

MINI_IMPLEMENT_CIPHER(plain)
MINI_IMPLEMENT_CIPHER(null)

MINI_CIPHER *MINI_CIPHER_fetch(int which)
{
    const MINI_DISPATCH *fns = which ? plain_cipher_functions : null_cipher_functions;
    MINI_CIPHER *c = calloc(1, sizeof(*c));

    if (c == NULL) {
        ERR_raise(1, ERR_R_MALLOC_FAILURE);
        return NULL;
    }
    for (; fns->function_id != 0; fns++) {
        switch (fns->function_id) {
        case MINI_FUNC_CIPHER_INIT:
            c->init = (int (*)(void *))fns->function;
            break;
        case MINI_FUNC_CIPHER_FREECTX:
            c->freectx = (void (*)(void *))fns->function;
            break;
        }
    }
    return c;
}

int MINI_CIPHER_init(MINI_CIPHER *c)
{
    return c->init(c->ctx);
}

int MINI_push(MINI *m, int n)
{
    if (n > m->fd) {
        ERR_raise(ERR_LIB_CRYPTO, CRYPTO_R_TOO_MANY_RECORDS);
        return 0;
    }
    return 1;
}

int MINI_check(MINI *m, int n)
{
    if (n > m->fd) {
        ERR_raise(ERR_LIB_SSL, SSL_R_SAME_NUMBER);
        return 0;
    }
    return 1;
}

typedef void *(*mini_memset_t)(void *, int, size_t);
static volatile mini_memset_t mini_memset = memset;

void MINI_cleanse(void *p, unsigned long n)
{
    mini_memset(p, 0, n);
}

void MINI_list_pop_free(void **items, int n, MINI_freefunc func)
{
    for (int i = 0; i < n; i++)
        func(items[i]);
}

void MINI_item_free(void *item)
{
    free(item);
}

void MINI_item_free_noisy(void *item)
{
    if (item == NULL)
        ERR_raise(ERR_LIB_SSL, SSL_R_SAME_NUMBER);
    free(item);
}

/* as safestack's macros pass a callback: through an identity check function */
static MINI_freefunc mini_check_freefunc(MINI_freefunc fr)
{
    return fr;
}

static void mini_free_list(void **items, int n, MINI_freefunc func)
{
    MINI_list_pop_free(items, n, func);
}

void MINI_free_items(void **items, int n)
{
    MINI_list_pop_free(items, n, mini_check_freefunc(MINI_item_free));
}

void MINI_free_items_noisy(void **items, int n)
{
    mini_free_list(items, n, MINI_item_free_noisy);
}

/* a callback cast to the parameter's type (gcm128's `(block128_f)AES_encrypt`) */
static void mini_release(char *item)
{
    free(item);
}

void MINI_free_chars(void **items, int n)
{
    MINI_list_pop_free(items, n, (MINI_freefunc)mini_release);
}

/* a field a function fills from its parameter (ocb128's `ctx->encrypt = encrypt`): a call
 * through it calls what the callers pass there */
struct mini_ops {
    void (*release)(void *item);
};

static void mini_ops_init(struct mini_ops *ops, void (*release)(void *item))
{
    ops->release = release;
}

void MINI_release_item(void *item)
{
    struct mini_ops ops;

    mini_ops_init(&ops, MINI_item_free);
    ops.release(item);
}
