/* The twin of constant_argument_dead_call.c: a second caller of
 * write_complete() passes an SSL, so the TLS branch runs after the failed
 * BIO_new_file(): OSSL001 at SSL_write().
 */
#include <openssl/ssl.h>
#include <openssl/err.h>
#include <stdbool.h>
#include <unistd.h>

static int
write_ssl(SSL* ssl, void* buf, size_t size)
{
   bool keep_write;
   int numbytes;

   do
   {
      keep_write = false;
      numbytes = SSL_write(ssl, buf, (int)size); // expect: OSSL001
      if (numbytes > 0)
      {
         return 0;
      }
      switch (SSL_get_error(ssl, numbytes))
      {
         case SSL_ERROR_WANT_READ:
         case SSL_ERROR_WANT_WRITE:
            keep_write = true;
            break;
         default:
            break;
      }
      ERR_clear_error();
   }
   while (keep_write);

   return 1;
}

static int
write_complete(SSL* ssl, int socket, void* buf, size_t size)
{
   if (ssl == NULL)
   {
      return write(socket, buf, size) == (ssize_t)size ? 0 : 1;
   }

   return write_ssl(ssl, buf, size);
}

static int
connection_slot_write(int fd, int slot)
{
   char buf4[4] = {(char)slot, 0, 0, 0};
   return write_complete(NULL, fd, buf4, sizeof(buf4));
}

static int
discard_all(void)
{
   BIO* b = BIO_new_file("/nonexistent", "r");   /* really leaves an error */
   BIO_free(b);
   return 0;
}

static int
send_over(SSL* ssl, int fd)
{
   char buf4[4] = {1, 0, 0, 0};
   return write_complete(ssl, fd, buf4, sizeof(buf4));
}

int
main(int argc, char** argv)
{
   (void)argv;
   discard_all();
   if (argc > 1)
      return send_over(SSL_new(SSL_CTX_new(TLS_client_method())), 1);
   return connection_slot_write(1, 3);
}
