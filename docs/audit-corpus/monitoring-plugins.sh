#!/bin/sh
# ossl-lint audit of monitoring-plugins (github.com/monitoring-plugins/monitoring-plugins, branch
# master, 3.0.3git; an older commit of the snapshot, whose newest is d03e655 of the same day)
# 7db2b280a54d6f152dedd26d527e5b119d54045a (2026-08-21)
# usage: monitoring-plugins.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/monitoring-plugins (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0): git archive of the commit into $R/monitoring-plugins/src,
#   then in src `sh tools/setup && ./configure` (OpenSSL: yes, GnuTLS: no; no liburiparser, so
#   configure skips check_curl, whose TLS is libcurl's anyway), which writes config.h; then the
#   gnulib replacement headers (gl's BUILT_SOURCES: stdio.h, unistd.h, ...), without compiling:
#   `cd gl && printf 'np-headers: $(BUILT_SOURCES)\n' | make -f Makefile -f - np-headers`.
#   The flags are those of `make -n V=1 sslutils.o` in plugins/ (all the plugins' alike; NP_VERSION
#   is plugins/Makefile's VERSION) less the dependency options and -o/-c.
# Files: the TLS layer (plugins/sslutils.c: np_net_ssl_init_with_hostname_version_and_cert with
# SSL_connect, np_net_ssl_cleanup with SSL_shutdown, np_net_ssl_write/np_net_ssl_read, the
# certificate checks), the socket layer (netutils.c), the plugins that read and write through
# np_net_ssl_* (check_http.c, check_smtp.c with STARTTLS, check_tcp.c) and their helpers (utils.c).
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/monitoring-plugins" ] || { echo "$0: $R/monitoring-plugins: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/monitoring-plugins/src
P=$S/plugins
exec "$BIN" "$@" -j2 \
  $P/sslutils.c $P/netutils.c $P/check_http.c $P/check_smtp.c $P/check_tcp.c $P/utils.c \
  -- -DLOCALEDIR=\"/usr/local/share/locale\" -DHAVE_CONFIG_H -I$P -I$S -I$S/lib -I$S/gl \
     -I$S/intl -DNP_STATE_DIR_PREFIX=\"/usr/local/var\" -I/usr/include/ldap \
     -I/usr/include/postgresql -I/usr/include -DNP_VERSION=\"3.0.3git\" -g -O2
