#!/bin/sh
# ossl-lint audit of zabbix 6.4.4 (src/libs/zbxcomms), taken from github.com/Jiang-tunan/zops:
# github:zabbix/zabbix and its mirrors nalisidev/zabbix, vinodh4181/zabbix-new are over the fetch
# limit; zops's root commit b75b08dc24369cca3f9c3115c0af57625e179f71 (2023-10-31, "first") is an
# import of the Zabbix 6.4.4 release tarball (include/version.h 6.4.4, configure, Makefile.in),
# which the fork had already touched (configure prints a zeroops.cn banner, the config header is
# include/common/config.h); its later commits change comms.c and tls.c, so the root is taken.
# usage: zabbix.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/zabbix (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): five blobs of the snapshot are missing (database/*/data.sql,
# src/go/vendor/.../sqlite3-binding.c), not needed:
#   G=/work/.mirror/Jiang-tunan+zops/repo; mkdir -p $R/zabbix/src
#   git --git-dir=$G archive b75b08d -- . ':!database/mysql/data.sql' ':!database/oracle/data.sql' \
#     ':!database/postgresql/data.sql' ':!database/sqlite3/data.sql' \
#     ':!src/go/vendor/github.com/mattn/go-sqlite3/sqlite3-binding.c' | tar -x -C $R/zabbix/src
#   cd $R/zabbix/src && sh ./configure --enable-agent --with-openssl --with-libpcre2
#   (writes include/common/config.h: HAVE_OPENSSL, HAVE_OPENSSL_WITH_PSK). The flags are those of
#   src/libs/zbxcomms/Makefile: -DHAVE_CONFIG_H -I include/common -I include ($(TLS_CFLAGS) is
#   -I/usr/include).
# Files: the whole zbxcomms library: tls.c (SSL_connect, SSL_accept, SSL_write, SSL_read,
# SSL_shutdown, each classified by SSL_get_error or zbx_tls_get_error; the SSL_CTX setup in
# zbx_tls_init_child), comms.c (zbx_tcp_connect/accept/send/recv/close, the only callers of
# zbx_tls_*: their callers are all over the server, proxy and agents, outside the run, so the
# comms.c API is the entry), tls_validate.c, tls_version.c, telnet.c.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/zabbix" ] || { echo "$0: $R/zabbix: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/zabbix/src
D=$S/src/libs/zbxcomms
exec "$BIN" "$@" -j2 \
  $D/tls.c $D/comms.c $D/tls_validate.c $D/tls_version.c $D/telnet.c \
  -- -DHAVE_CONFIG_H -I$S/include/common -I$S/include
