#include <stdlib.h>
#include <openssl/mini.h>

struct mini_st {
    const MINI_METHOD *method;
    int flags, fd;
    long mode;
    int (*cb)(MINI *m);
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
