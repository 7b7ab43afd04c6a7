/* The logging helpers of the logging_helper fixture (see conn.c). */
#ifndef TLS_LOG_H
#define TLS_LOG_H

void tls_log_error(const char *what, unsigned long code);
void tls_log_failure(const char *what, unsigned long code);
const char *tls_want_name(int code);
unsigned long tls_last_error(void);

#endif
