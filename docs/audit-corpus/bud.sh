#!/bin/sh
# ossl-lint audit of bud, the TLS terminator (github.com/indutny/bud, branch master, 4.0.28)
# ce7b9ecbf9219b05ad56fa925fe9095de061a725 (2018-12-03, "readme: add maintenance note")
# usage: bud.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/bud (docs/audit-corpus/README.md)
# preparation (Debian 12; apt: libuv1-dev libhttp-parser-dev): git archive of the commit into $R/bud/src; bud is
#   written for OpenSSL 1.0.x and does not parse with Debian's 3.0 headers (it reads the members
#   of SSL, X509 and X509_STORE_CTX: `ssl->...`, `cert->references`), so the OpenSSL of its own
#   build is used: bud.gyp's gypkg dependency "git://github.com/gypkg/openssl@~1.2.10", i.e. the
#   fetch of github:gypkg/openssl archived at its tag v1.2.10 (OpenSSL 1.0.2k, Node's gyp layout:
#   openssl/include/openssl/*.h, whose opensslconf.h picks config/archs/linux-x86_64 by the
#   compiler's macros) into src/gypkg_deps/openssl; likewise "git://github.com/gypkg/ringbuffer
#   @^1.0.0": github:gypkg/ringbuffer at v1.0.2 into src/gypkg_deps/ringbuffer; the submodule
#   deps/parson/parson: github:kgabis/parson at its pinned 19a0d79; libuv (^1.9.0) is Debian's
#   1.44. Nothing is configured or built (gypkg/gyp are not used). The flags are bud.gyp's bud
#   target on Linux: defines _POSIX_C_SOURCE=200112 and _GNU_SOURCE, include_dirs ".", "include"
#   (its SHARED_INTERMEDIATE_DIR holds only the dtrace header of other systems), and the
#   dependencies' direct_dependent include_dirs: openssl/include, ringbuffer's ".", parson's
#   "parson"; the OpenSSL include comes before /usr/include, so 1.0.2k's headers are the ones read
# Files: every unit of the bud target: src/client.c (bud_client_create: SSL_new over bud's own
# ringbuffer BIO pair (src/bio.c), the frontend's SSL_read/SSL_write classified with
# SSL_get_error in bud_client_backend_out/bud_client_backend_in, bud_client_cycle, the uv
# callbacks, bud_client_shutdown's SSL_shutdown, bud_client_close and its error log), the BIO
# method src/bio.c, error.c (bud_error_to_str, which pops the queue for SSL errors), the SNI,
# OCSP stapling and availability code (sni.c, ocsp.c, avail.c, http-pool.c, xforward.c), the
# config and SSL_CTX setup (config.c, config/*.c), and the master/worker processes (bud.c,
# master.c, worker.c, server.c, ipc.c, logger.c, tracing.c, common.c, client-common.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/bud" ] || { echo "$0: $R/bud: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/bud/src
F=
for f in avail bio bud client client-common common config config/context config/files config/ocsp \
  config/ticket config/tracing config/utils error http-pool ipc logger master ocsp server sni \
  tracing worker xforward; do F="$F $S/src/$f.c"; done
exec "$BIN" "$@" -j2 \
  $F \
  -- -D_POSIX_C_SOURCE=200112 -D_GNU_SOURCE -I$S -I$S/include \
  -I$S/gypkg_deps/openssl/openssl/include -I$S/gypkg_deps/ringbuffer -I$S/deps/parson/parson
