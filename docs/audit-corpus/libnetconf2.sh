#!/bin/sh
# ossl-lint audit of libnetconf2 (github.com/CESNET/libnetconf2, branch master) 284ee667445c34402ebbe83c5b38344d6283d6ce (2026-03-31, "VERSION bump to version 4.2.14")
# usage: libnetconf2.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/libnetconf2 (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libssh-dev libcurl4-openssl-dev libpam0g-dev): git archive --prefix=src/
#   of the commit into $R/libnetconf2/src; no cmake (it wants libyang SO 5.1.1, Debian 12 has 2.1.30): the headers
#   CMakeLists.txt would configure are written by hand, as cmake would on Debian 12 with OpenSSL (no mbedTLS) and PAM:
#   $R/libnetconf2/build/src/config.h from src/config.h.in (HAVE_SHADOW HAVE_TERMIOS HAVE_LIBPAM
#   HAVE_PTHREAD_RWLOCKATTR_SETKIND_NP defined, HAVE_GETPEEREID and HAVE_MBEDTLS not, the CMakeLists' default
#   timeouts 20/300, queue 6, step 100), build/include/nc_client.h, nc_server.h (with NC_ENABLED_SSH_TLS) and
#   nc_version.h (5.3.3) from the *.h.in, build/include/libnetconf2/ a copy of the 11 public headers the CMakeLists
#   lists, build/compat/compat.h from compat/compat.h.in as CMakeModules/UseCompat.cmake would on glibc 2.36 (all
#   HAVE_* but HAVE_STRNSTR and HAVE_GETPEEREID, no IS_BIG_ENDIAN, CLOCK_MONOTONIC, GNU); libyang's headers from
#   github.com/CESNET/libyang branch devel dcbbc00b1ec86e717712773e74c48ada3033f57e (2025-11-21, the newest the
#   mirror has, SO 4.2.1): git archive --prefix=libyang/ of its src/ into $R/libnetconf2, src/*.h and
#   src/plugins_exts/*.h copied to $R/libnetconf2/libyang/include/libyang/ with ly_config.h (LYD_VALUE_SIZE 24) and
#   version.h (4.2.1) configured by hand; flags as the CMakeLists' (-std=c99 -DNC_ENABLED_SSH_TLS, Debug: no NDEBUG)
# Files: src/session_openssl.c is the OpenSSL backend of the TLS wrapper layer (session_wrapper.h): SSL_CTX/SSL
#   set-up, nc_server_tls_handshake_step_wrap() (SSL_accept) and nc_client_tls_handshake_step_wrap() (SSL_connect)
#   on non-blocking sockets, nc_tls_handshake_step_wrap()'s classification, nc_tls_read_wrap()/nc_tls_write_wrap()
#   (SSL_read/SSL_write after ERR_clear_error()), nc_tls_close_notify_wrap() (SSL_shutdown); src/io.c is the
#   transport I/O (nc_read(), nc_write() and their poll loops) calling the read/write wraps; src/session.c frees a
#   session (close notify); src/session_server_tls.c (nc_accept_tls_session(): handshake loop with timeout, cert
#   verification) and src/session_client_tls.c (nc_connect_tls(): connect, handshake loop) drive the handshakes.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/libnetconf2" ] || { echo "$0: $R/libnetconf2: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/libnetconf2/src
exec "$BIN" "$@" -j2 \
  $S/src/session_openssl.c $S/src/io.c $S/src/session.c $S/src/session_server_tls.c $S/src/session_client_tls.c \
  -- -std=c99 -DNC_ENABLED_SSH_TLS -I$R/libnetconf2/build/src -I$R/libnetconf2/build/include -I$R/libnetconf2/build/compat -I$R/libnetconf2/libyang/include
