/* A single-threaded build's shim: the run defines pthread_create() itself
 * and runs the routine at once, on the caller's thread, with the caller's
 * queue (the review of 3251cf9): a routine handed to it in user.c, which sees
 * only <pthread.h>'s declaration, is not a new thread's. */
#include <openssl/ssl.h>
#include <pthread.h>
int pthread_create(pthread_t *restrict t, const pthread_attr_t *restrict attr,
                   void *(*fn)(void *), void *restrict arg)
{
    (void)t; (void)attr;
    fn(arg);
    return 0;
}
