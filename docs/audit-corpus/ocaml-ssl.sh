#!/bin/sh
# ossl-lint audit of ocaml-ssl (github.com/savonet/ocaml-ssl, branch master)
# 72c275c6dcc98fca5a20a0676f521a0b2f877ccb (2024-11-17, "test: tidy up tests, disable some
# tests on windows (#160)")
# usage: ocaml-ssl.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/ocaml-ssl (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0, OCaml 4.13; apt: libssl-dev ocaml, whose
# /usr/lib/ocaml/caml/*.h the stubs include): git archive of the commit into $R/ocaml-ssl/src;
# nothing to configure: src/config/discover.ml (dune-configurator) only writes
# `pkg-config --cflags openssl`, empty on Debian, to c_flags.sexp, and there is no config
# header; the flags are what dune gives a foreign stub: `ocamlc -config`'s ocamlc_cppflags
# (-D_FILE_OFFSET_BITS=64 -D_FORTIFY_SOURCE=2) and ocamlc_cflags' -pthread -fPIC
# -fno-strict-aliasing -fwrapv (-O2 for _FORTIFY_SOURCE), and -I of the OCaml standard library;
# no -std: gcc's default gnu17
# Files: src/ssl_stubs.c alone, the whole C of the binding: the OCaml externals
# ocaml_ssl_connect/accept (SSL_connect/SSL_accept), ocaml_ssl_read/write and their _bigarray and
# _blocking forms (SSL_read/SSL_write), ocaml_ssl_shutdown (SSL_shutdown), each with its own
# ERR_clear_error() and SSL_get_error(), ocaml_ssl_get_error_code/ocaml_ssl_error_string (the
# queue), the context and certificate externals, and the verify, password and ALPN callbacks it
# hands OpenSSL; every external is an entry point (OCaml code, src/ssl.ml, ssl_threads.ml,
# calls them, and may call any of them with any queue); the rest of the project is OCaml.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/ocaml-ssl" ] || { echo "$0: $R/ocaml-ssl: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/ocaml-ssl/src
exec "$BIN" "$@" -j2 \
  $S/src/ssl_stubs.c \
  -- -O2 -fno-strict-aliasing -fwrapv -pthread -fPIC -D_FILE_OFFSET_BITS=64 -D_FORTIFY_SOURCE=2 \
  -I/usr/lib/ocaml -I$S/src
