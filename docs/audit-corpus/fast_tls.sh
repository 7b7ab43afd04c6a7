#!/bin/sh
# ossl-lint audit of fast_tls (github.com/processone/fast_tls, branch master)
# 29b669365464247228137c5479aa662593d7e269 (2026-03-25, "Release 1.1.26")
# usage: fast_tls.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/fast_tls (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, Erlang/OTP 25; apt: libssl-dev erlang-dev): git archive
#   of the commit into $R/fast_tls/src; nothing to configure or generate (configure only writes
#   vars.config for rebar); the flags are rebar's port compiler's for OTP 25: -DHAS_ERTS_EXIT
#   (rebar.config.script, OTP >= 7.3), configure's -Wall, and the erts and erl_interface include
#   directories of Debian's erlang-dev; no -std
# Files: the Erlang NIF c_src/fast_tls.c (open_nif: SSL_CTX, SSL_new over two memory BIOs;
# loop_nif: the ERR_clear_error, the received bytes BIO_write into the read BIO, SSL_do_handshake
# classified with SSL_get_error, do_send/do_send_queue: SSL_write and the pump of the write BIO,
# get_decrypted_data: the SSL_read loop, which stops at the first result <= 0 and classifies
# nothing; ssl_error: ERR_get_error) and c_src/ioqueue.c (the send queue it uses); p1_sha.c does
# no TLS.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/fast_tls" ] || { echo "$0: $R/fast_tls: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/fast_tls/src
exec "$BIN" "$@" -j2 \
  $S/c_src/fast_tls.c $S/c_src/ioqueue.c \
  -- -DHAS_ERTS_EXIT -Wall -I/usr/lib/erlang/erts-13.1.5/include -I/usr/lib/erlang/usr/include \
  -I/usr/lib/erlang/lib/erl_interface-5.3/include
