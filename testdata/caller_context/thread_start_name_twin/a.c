/* A static worker() of this unit, only started as a thread, and an unrelated
 * public worker() in b.c that nothing in the run calls: the run merges
 * taken-address lists by name, so the thread start must not make b.c's
 * worker() start with an empty queue (the review of 3251cf9): b.c keeps
 * its OSSL001. */
#include <openssl/ssl.h>
#include <pthread.h>
static void *worker(void *arg)
{
    (void)arg;
    return NULL;
}
int start_a(SSL *s)
{
    pthread_t t;
    return pthread_create(&t, NULL, worker, s);
}
