#!/bin/sh
# ossl-lint audit of dma (github.com/corecode/dma, branch master)
# 7f88bbe7806931bcc5b7ceb7354027f1fb87e190 (2026-01-11)
# usage: dma.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/dma (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/dma/src; nothing else
#   (a plain Makefile, no configure, no config header). The flags are the Makefile's .c.o rule:
#   CFLAGS += -DDMA_VERSION='"v0.14"' (VERSION) -DLIBEXEC_PATH -DCONF_PATH, and -include dfcompat.h;
#   no HAVE_* (glibc 2.36 has no strlcpy: dfcompat.c provides it)
# Files: the SMTP network layer (net.c: SSL_write, SSL_read with SSL_get_error, SSL_shutdown,
# ssl_errstr), the TLS setup and CRAM-MD5 (crypto.c: SSL_connect, calls read_remote and
# send_remote_command), the program that calls deliver_remote (dma.c), and the helpers
# (util.c, base64.c, dfcompat.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/dma" ] || { echo "$0: $R/dma: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/dma/src
exec "$BIN" "$@" -j2 \
  $S/net.c $S/crypto.c $S/dma.c $S/util.c $S/base64.c $S/dfcompat.c \
  -- -DDMA_VERSION=\"v0.14\" -DLIBEXEC_PATH=\"/usr/local/lib\" -DCONF_PATH=\"/etc/dma\" \
     -include $S/dfcompat.h -I$S
