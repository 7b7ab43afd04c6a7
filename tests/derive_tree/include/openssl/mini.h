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
int MINI_callback(MINI *m);                 /* through a pointer nothing resolves: pushes */
long MINI_ctrl(MINI *m, int cmd, long larg);
void MINI_not_defined(void);                /* declared, defined nowhere: left out */

#define MINI_CTRL_MODE 33
#define MINI_CTRL_NAME 55
#define MINI_set_mode(m, x) MINI_ctrl((m), MINI_CTRL_MODE, (x))
#define MINI_set_name(m, x) MINI_ctrl((m), MINI_CTRL_NAME, (x))
#endif
