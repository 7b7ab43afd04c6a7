#!/bin/sh
# ossl-lint audit of wazuh (github.com/wazuh/wazuh, branch main) f83861461173de20da5e569229113687a495ffce (2026-08-14, "Merge pull request #38403 from wazuh/merge-5.0.1-into-main")
# usage: wazuh.sh [CHECKER] [CHECKER ARGS...]; CHECKER defaults to ossl-lint on PATH,
# the prepared tree is under ${AUDIT_ROOT:-/tmp/audit}/wazuh (docs/audit-corpus/README.md)
# preparation (Debian 12, OpenSSL 3.0; apt: libssl-dev libcjson-dev libcurl4-openssl-dev libyaml-dev
#   libpcre2-dev libsqlite3-dev libbz2-dev): git archive --prefix=src/ of the commit into $R/wazuh (the
#   tree is $R/wazuh/src, the C sources under src/src), leaving out the three blobs the snapshot lacks
#   (':!ruleset/mitre/enterprise-attack.json',
#   ':!src/shared_modules/indexer_connector/qa/test_data/test_bulk_indexer_413_connector/data.json',
#   ':!src/shared_modules/utils/tests/input_files/hashHelper/test_file.xyz'; the submodule
#   src/shared_modules/http-request stays empty); nothing configured or built. The build's external
#   dependencies (src/external/*: cJSON, curl, libyaml, pcre2, sqlite, bzip2, fetched by `make deps`, not in
#   the repository) are Debian's packages above: -I/usr/include/cjson and -I/usr/include/x86_64-linux-gnu/curl
#   stand for -Iexternal/cJSON and -Iexternal/curl/include/curl, the others are on the default path. The
#   flags are the CMake build's for a manager (src/CMakeLists.txt: -DVERSION="v5.1.0" -DREVISION="alpha0" from
#   VERSION.json, the shared_modules include directories; os_auth/CMakeLists.txt: -DARGV0="wazuh-manager-authd"
#   -DGROUPGLOBAL/-DUSER "wazuh-manager", its include directories; CMAKE_C_STANDARD 99, i.e. -std=gnu99); one
#   run takes one set, so the agent's start_agent.c is read with the manager's flags too (no -DCLIENT, which
#   changes only paths, log and limit macros of the headers; enrollment_op.c is in libwazuhshared, built for
#   both) and its include directories are added (client-agent/include, client-agent/src).
# Files: the agent enrollment client (in wazuh-agentd): shared/src/enrollment_op.c (w_enrollment_connect():
#   os_ssl_keys(), OS_ConnectTCP(), SSL_new over BIO_new_socket(), ERR_clear_error() then a blocking
#   SSL_connect(); the manager certificate's host check; w_enrollment_send_message()'s SSL_write();
#   w_enrollment_process_response()'s SSL_read() loop and SSL_get_error()), shared/src/ssl_op.c (contexts,
#   certificates, wrap_SSL_read()), shared/src/check_cert_op.c (check_x509_cert()) and its caller
#   client-agent/src/start_agent.c; and the manager's enrollment server wazuh-authd: os_auth/src/main-server.c
#   (run_remote_server(): one thread, an epoll loop in edge-triggered mode over non-blocking sockets;
#   handle_ssl_handshake() (SSL_accept()), handle_ssl_read() (SSL_read() loop), handle_ssl_write() (SSL_write()
#   loop), each classifying with SSL_get_error(); delete_client() with SSL_shutdown()), with auth.c, config.c
#   and local-server.c of the same program.
R="${AUDIT_ROOT:-/tmp/audit}"
BIN="${1:-ossl-lint}"; [ $# -gt 0 ] && shift
[ -d "$R/wazuh" ] || { echo "$0: $R/wazuh: No such file or directory (not prepared)" >&2; exit 127; }
S=$R/wazuh/src/src
exec "$BIN" "$@" -j2 \
  $S/shared/src/enrollment_op.c $S/shared/src/ssl_op.c $S/shared/src/check_cert_op.c \
  $S/client-agent/src/start_agent.c \
  $S/os_auth/src/main-server.c $S/os_auth/src/auth.c $S/os_auth/src/config.c $S/os_auth/src/local-server.c \
  -- -std=gnu99 '-DVERSION="v5.1.0"' '-DREVISION="alpha0"' '-DARGV0="wazuh-manager-authd"' \
  '-DGROUPGLOBAL="wazuh-manager"' '-DUSER="wazuh-manager"' \
  -I$S/shared/include -I$S/shared_modules/agent_metadata/include -I$S/shared_modules/common \
  -I$S/shared_modules/content_manager/include -I$S/shared_modules/dbsync/include \
  -I$S/shared_modules/file_helper/file_io/include -I$S/shared_modules/file_helper/filesystem/include \
  -I$S/shared_modules/http-request/include -I$S/shared_modules/indexer_connector/include \
  -I$S/shared_modules/keystore/include -I$S/shared_modules/schema_validator/include \
  -I$S/shared_modules/sync_protocol/include -I$S/shared_modules/utils \
  -I$S/shared/os_net -I$S/shared/os_regex -I$S/shared/os_xml -I$S/shared/os_crypto/md5 \
  -I$S/shared/os_crypto/md5_sha1_sha256 -I$S/shared/os_crypto/sha1 -I$S/shared/os_crypto/sha256 \
  -I$S/shared/os_crypto/signature -I$S/shared/include/error_messages -I/usr/include/cjson \
  -I/usr/include/x86_64-linux-gnu/curl -I$S/config/include -I$S/data_provider/include \
  -I$S/syscheckd/include -I$S/wazuh_modules/include -I$S/wazuh_modules/src \
  -I$S/wazuh_modules/src/agent_upgrade -I$S/wazuh_modules/src/task_manager -I$S/wazuh_db/include \
  -I$S/os_auth/include -I$S/os_auth/src -I$S/client-agent/include -I$S/client-agent/src
