#!/bin/sh
# ossl-lint audit of Qsmtp (github.com/DerDakon/Qsmtp, branch master) 24fc93d80bb200b9a27b381f2c64e845c9498ded (2026-02-22, "man: small text improvements wo Qremote.8")
# usage: Qsmtp.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/Qsmtp (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libowfat-dev): git archive --prefix=src/ of
# the commit into $R/Qsmtp (the tree is $R/Qsmtp/src), then in src:
#   mkdir build && cd build && cmake .. -DCMAKE_EXPORT_COMPILE_COMMANDS=ON
#   (only configures, for build/version.h and build/qremote/statuscodes.h; nothing is built); the
#   flags are those of build/compile_commands.json's entries for the two programs (-DHAS_PIPE2 is
#   child.c's; the lib entries' extra _BSD_SOURCE/_DEFAULT_SOURCE/_POSIX_C_SOURCE/_XOPEN_SOURCE are
#   implied by _GNU_SOURCE)
# Files: the library lib/*.c (ssl_timeoutio.c: ssl_timeoutio(), which calls the OpenSSL function it
# is handed, SSL_accept/SSL_connect/SSL_do_handshake/SSL_read/SSL_write, and classifies its result
# with SSL_get_error, polling for the wants; ssl_timeoutaccept/ssl_timeoutconn/
# ssl_timeoutrehandshake/ssl_timeoutread/ssl_timeoutwrite around it; netio.c: net_read/netwrite
# over the global SSL; tls.c: the global SSL and ssl_free/ssl_error), the SMTP server Qsmtpd
# (qsmtpd/*.c with its filters and the user_vpopm backend; starttls.c: STARTTLS, the server
# context, SSL_accept and client-certificate renegotiation) and the remote delivery agent Qremote
# (qremote/*.c; starttlsr.c: STARTTLS to the remote MX, SSL_connect, DANE/certificate checks)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/Qsmtp" ] || { echo "$0: $R/Qsmtp: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/Qsmtp/src
exec "$BIN" "$@" -j2 \
  $S/lib/*.c $S/qsmtpd/*.c $S/qsmtpd/filters/*.c $S/qsmtpd/backends/user_vpopm/*.c \
  $S/qremote/*.c \
  -- -DUSESYSLOG -D_FILE_OFFSET_BITS=64 -D_GNU_SOURCE -DHAS_PIPE2 -I$S/include -I$S/build \
  -I$S/build/qremote -std=gnu99
