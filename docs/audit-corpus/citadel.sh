#!/bin/sh
# ossl-lint audit of citadel (github.com/mingodad/citadel, a mirror of citadel.org's tree: server
# citadel/, libcitadel/, webcit/, textclient/; branch master)
# 63a41edbab07ba009a64ece492c41282c654c58b (2016-06-21, "Merge branch 'master' of
# git://git.citadel.org/appl/gitroot/citadel"; Citadel server 902)
# usage: citadel.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/citadel (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libical-dev libsieve2-dev libc-ares-dev
# libev-dev libexpat1-dev libcurl4-openssl-dev libdb-dev libldap-dev libpam0g-dev libcitadel-dev
# autoconf automake): git archive of the commit into $R/citadel/src (less the two test mails
# libcitadel/tests/testdata/mime/karsten_{1,2}.eml, whose blobs the snapshot lacks), then in
# src/citadel: ./bootstrap (aclocal, autoconf, autoheader, mk_svn_revision.sh, mk_module_init.sh)
# and ./configure CPPFLAGS=-I$R/citadel/src/libcitadel/lib (only configures: writes sysdep.h, the
# config header, and Makefile; nothing is built; Debian's libcitadel-dev 917 is there only for
# configure's AC_CHECK_LIB(citadel), the parse uses the tree's own libcitadel/lib/libcitadel.h);
# the flags are the Makefile's CFLAGS, CPPFLAGS and DEFS (-D_REENTRANT -pthread -I ./include/
# -I libcitadel/lib -I. -DHAVE_CONFIG_H -DDIFF=... -DPATCH=...) less -g -O2 and the warnings;
# no -std: gcc's default gnu17. serv_crypto.c was written for OpenSSL 0.9.8/1.0 and reads
# structs that are opaque since 1.1 (serv_crypto.c:147-159 dh->p, dh->g, dh->length;
# :305-306 req->req_info->subject; :637 CC->ssl->rbio): against 3.0's headers those are
# "incomplete type" errors. A shim $R/citadel/shim/ossl10-structs.h (mkdir -p $R/citadel/shim && cp
# docs/audit-corpus/stubs/citadel/ossl10-structs.h $R/citadel/shim/), given with -include,
# includes sysdep.h (macros only: its _GNU_SOURCE must come before any system header, else
# context.c's struct ucred is incomplete), <openssl/ssl.h>, <openssl/x509.h>, <openssl/dh.h>
# and completes struct dh_st, X509_req_info_st, X509_req_st and ssl_st with just those members
# (1.0's names and types); it declares no function, so every OpenSSL call is the model's
# Files: the OpenSSL layer, modules/crypto/serv_crypto.c (init_ssl; client_write_ssl,
# client_read_sslbuffer and its line/blob readers classifying SSL_write/SSL_read with
# SSL_get_error; CtdlStartTLS's SSL_accept; endtls's SSL_shutdown; cmd_stls/cmd_gtls); its
# callers and helpers: sysdep.c (client_write -> client_write_ssl, client_read_blob ->
# client_read_sslblob, CtdlClientGetLine -> client_readline_sslbuffer, init_sysdep ->
# init_ssl, the worker_thread that runs every session's h_command_function), serv_extensions.c
# (CtdlModuleStartCryptoMsgs -> CtdlStartTLS, the proto/session hook tables that call cmd_stls
# and endtls), context.c (session start/stop: PerformSessionHooks(EVT_STOP) -> endtls) and the
# STARTTLS callers: modules/ctdlproto/serv_ctdlproto.c (the Citadel protocol loop, STLS),
# modules/{imap/serv_imap,pop3/serv_pop3,smtp/serv_smtp,nntp/serv_nntp,
# managesieve/serv_managesieve,xmpp/serv_xmpp}.c (STARTTLS, and implicit TLS at the greeting)
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/citadel" ] || { echo "$0: $R/citadel: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/citadel/src/citadel
exec "$BIN" "$@" -j2 \
  $S/modules/crypto/serv_crypto.c $S/sysdep.c $S/serv_extensions.c $S/context.c \
  $S/modules/ctdlproto/serv_ctdlproto.c $S/modules/imap/serv_imap.c $S/modules/pop3/serv_pop3.c \
  $S/modules/smtp/serv_smtp.c $S/modules/nntp/serv_nntp.c $S/modules/managesieve/serv_managesieve.c \
  $S/modules/xmpp/serv_xmpp.c \
  -- -D_REENTRANT -pthread -I$S/include -I$R/citadel/src/libcitadel/lib -I$S -DHAVE_CONFIG_H \
  '-DDIFF="/usr/bin/diff"' '-DPATCH="/usr/bin/patch"' -include $R/citadel/shim/ossl10-structs.h
