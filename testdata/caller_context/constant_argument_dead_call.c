/* Caller context with constant arguments: write_complete() writes through
 * TLS only when it is given an SSL, and its one caller passes NULL
 * (pgagroal src/libpgagroal/connection.c, write_complete() from
 * connection_slot_write()), so write_ssl() never runs, whatever error the
 * caller's caller left (a failed BIO_new_file()). The call in the branch that
 * NULL rules out brings nothing: no finding; before, OSSL001 at SSL_write()
 * with that caller path. The twin, constant_argument_dead_call_twin.c, has a
 * second caller that passes an SSL.
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
      numbytes = SSL_write(ssl, buf, (int)size);
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

int
main(void)
{
   discard_all();
   return connection_slot_write(1, 3);
}
