#!/bin/sh
# ossl-lint audit of gambit (github.com/gambit/gambit, branch master) a1a7b9b1ac9913afd30c23798266d67e13d057a9 (2026-06-23, "Avoid testing user-info and group-info on Windows")
# usage: gambit.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/gambit (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev): the commit's tree into $R/gambit/src blob by blob (git ls-tree -r, git cat-file)
# (git archive stops on the four blobs the snapshot lacks: lib/_io.c, lib/_num.c, lib/_std.c, bench/src/bib, all generated
# or unused here); in src: ./configure --enable-openssl (writes include/config.h with USE_OPENSSL and include/gambit.h;
# nothing built). The flags are lib/makefile's for the runtime's objects (DEFS, GAMBITLIB_DEFS, -D___PRIMAL, -D___LIBRARY).
# Files: lib/os_io.c is the runtime's whole I/O layer, TLS included: ___ssl_setup()/___os_make_tls_context() (the SSL_CTX),
# ___device_tcp_client_setup() (SSL_new, SSL_set_fd, a non-blocking SSL_connect), ___device_tcp_server_read() (SSL_accept
# on an accepted client), ___device_tcp_client_read_raw_virt()/write_raw_virt() (non-blocking SSL_read/SSL_write classified
# with SSL_get_error()), ___device_tcp_client_close_raw_virt() (SSL_shutdown). Its callers are Scheme code compiled to C
# (lib/_io.scm), whose device calls all go through os_io.c's own virtual-method table.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/gambit" ] || { echo "$0: $R/gambit: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/gambit/src
exec "$BIN" "$@" -j2 \
  $S/lib/os_io.c \
  -- -I$S/include -I$S/lib -DHAVE_CONFIG_H -D___PRIMAL -D___LIBRARY \
  -D___GAMBITDIR=\"/usr/local/Gambit\" -D___GAMBITDIR_USERLIB=\"~/.gambit_userlib\" -D___GAMBITDIR_INSTLIB=\"~~userlib\" \
  -D___SYS_TYPE_CPU=\"x86_64\" -D___SYS_TYPE_VENDOR=\"pc\" -D___SYS_TYPE_OS=\"linux-gnu\" \
  -D___CONFIGURE_COMMAND=\"./configure\ --enable-openssl\" -D___OBJ_EXTENSION=\".o\" -D___EXE_EXTENSION=\"\" -D___BAT_EXTENSION=\"\" \
  -fwrapv -fno-strict-aliasing -fPIC -fno-common
