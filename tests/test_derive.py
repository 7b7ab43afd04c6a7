#!/usr/bin/env python3
"""The derived model: --derive-model on a miniature OpenSSL (every derived role, a method
table, an unresolved pointer, a ctrl function per command), a sample of the committed
rules/openssl-derived.yaml pinned against OpenSSL's code, the default model reading it with
the hand-written roles winning, and --list-unmodelled naming no function it has.
usage: test_derive.py CHECKER RULES_DIR TREE_DIR"""
import os
import shutil
import subprocess
import sys
import tempfile

import yaml

from testlib import report

# What OpenSSL's code does (3.0): BIO_get_data returns a field; SSL_set_fd pushes only where
# it returns 0 (BIO_new failed); SSL_CTX_use_certificate_file pushes and returns what
# SSL_CTX_use_certificate returned; SSL_set_mode is SSL_ctrl(s, SSL_CTRL_MODE, ...), a field.
PINNED = {
    'BIO_get_data': ('pure', None),
    'BIO_number_read': ('pure', None),
    'SSL_get_options': ('pure', None),
    'SSL_set_options': ('pure', None),
    'SSL_CTX_get_ex_data': ('pure', None),
    'SSL_set_ex_data': ('pure', None),  # its pushes: an index out of range, no memory
    'SSL_CTX_use_certificate_file': ('pushes', None),
    'OPENSSL_sk_push': ('pure', None),  # its pushes: NULL stack, a stack past INT_MAX, no memory
    'OPENSSL_cleanse': ('pure', None),  # through `memset_func = memset`
    'BIO_new': ('pushes_on_failure', [0]),
    # Known to be conservative (like `expect-todo`: this fails when the derivation gets them
    # right, to be moved up): SSL_set_fd and SSL_new push only where they return 0 / NULL.
    # SSL_set_fd's BIO_int_ctrl(bio, BIO_C_SET_FD, ...) goes to every BIO method's ctrl (the
    # BIO's type is not followed from BIO_new(BIO_s_socket())), some of whose frees may push
    # through callbacks nothing resolves; SSL_new's success path calls through provider
    # pointers nothing resolves.
    'SSL_set_fd': ('pushes_on_failure', [0, 1]),
    'SSL_new': ('pushes', None),
}
PINNED_COMMANDS = {
    ('SSL_ctrl', 'SSL_CTRL_MODE'): ('pure', None),
    ('SSL_CTX_ctrl', 'SSL_CTRL_MODE'): ('pure', None),
    # through SSL_ctrl's method call to ssl3_ctrl, and dtls1_ctrl's `ret = ssl3_ctrl(...); return ret;`
    ('SSL_ctrl', 'SSL_CTRL_SET_TLSEXT_HOSTNAME'): ('pushes_on_failure', [0]),
    # over the ctrl function of every BIO method of OpenSSL's (BIO_R_UNSUPPORTED_METHOD not counted)
    ('BIO_ctrl', 'BIO_CTRL_GET_KTLS_SEND'): ('pure', None),
    ('BIO_ctrl', 'BIO_CTRL_FLUSH'): ('pushes', None),  # a file BIO's fflush() failing pushes
}

MINI_EXPECTED = {
    'MINI_get_flags': ('pure', None),
    'MINI_dup': ('pure', None),  # its one push is ERR_R_MALLOC_FAILURE (not counted)
    'MINI_new': ('pushes_on_failure', [0]),
    'MINI_set_fd': ('pushes_on_failure', [0]),
    'MINI_load': ('pushes_on_failure', [0]),
    'MINI_load_fd': ('pushes', None),
    'MINI_KDF_fetch': ('pure', None),
    'MINI_KDF_derive': ('pushes_on_failure', [0]),
    'MINI_KDF_free': ('pure', None),
    'MINI_CIPHER_fetch': ('pure', None),
    'MINI_CIPHER_init': ('pure', None),  # through dispatch tables a macro writes: resolved to two pure inits
    'MINI_read': ('pushes_on_failure', [-1]),
    'MINI_read_count': ('pushes_on_failure', [-1, 0]),  # `ret = m->method->rd(m); if (ret > 0) ...; return ret;`
    'MINI_callback': ('pushes', None),
    'MINI_set_callback': ('pure', None),
    'MINI_finish': ('pure', None),
    'MINI_ctrl': ('pushes_on_failure', [0]),
    'MINI_get_mode': ('pure', None),  # MINI_ctrl(m, MINI_CTRL_MODE, 0): its copy for that command
    'MINI_push': ('pure', None),
    'MINI_list_pop_free': ('pushes', None),
    'MINI_item_free': ('pure', None),
    'MINI_item_free_noisy': ('pushes', None),
    'MINI_free_items': ('pure', None),
    'MINI_free_items_noisy': ('pushes', None),
    'MINI_free_chars': ('pure', None),
    'MINI_release_item': ('pure', None),  # ops.release, filled from mini_ops_init's parameter  # `(MINI_freefunc)mini_release`: the cast is seen through
    'MINI_cleanse': ('pure', None),
    'MINI_check': ('pushes_on_failure', [0]),
}

USES = """#include <openssl/ssl.h>
#include <openssl/err.h>
int use(SSL *s, int fd)
{
	SSL_set_options(s, SSL_OP_NO_TICKET);
	SSL_set_connect_state(s);
	(void)SSL_get_options(s);
	(void)BIO_get_data(SSL_get_rbio(s));
	SSL_set_mode(s, SSL_MODE_AUTO_RETRY);
	return SSL_set_fd(s, fd);
}
"""

# SSL_CTX_get_ex_data (derived: pure) between the read and its classification is no OSSL002;
# SSL_get_shutdown is pushes in the derived file of this test and pure by the hand-written
# model, which wins.
BETWEEN = """#include <openssl/ssl.h>
int rd(SSL *s, char *b)
{
	int n = SSL_read(s, b, 4);
	(void)SSL_CTX_get_ex_data(SSL_get_SSL_CTX(s), 0);
	(void)SSL_get_shutdown(s);
	return SSL_get_error(s, n) == SSL_ERROR_WANT_READ || SSL_get_error(s, n) == SSL_ERROR_WANT_WRITE;
}
"""


def role(entry):
    return entry.get('role'), entry.get('failure')


def main(argv):
    checker, rules, tree = (os.path.abspath(a) for a in argv[1:4])
    results = []
    tmp = tempfile.mkdtemp(prefix='ossl-lint-derive-')
    try:
        # 1. --derive-model on the miniature tree.
        out = os.path.join(tmp, 'mini.yaml')
        p = subprocess.run([checker, '-q', '--model', os.path.join(rules, 'openssl-derive-primitives.yaml'),
                            '--derive-model', out, '--public-headers', os.path.join(tree, 'include', 'openssl'),
                            '--derive-source', 'mini 1.0', os.path.join(tree, 'mini.c'), '--',
                            '-I' + os.path.join(tree, 'include')], capture_output=True, text=True, timeout=300)
        results.append(('--derive-model exits 0 (got %d: %s)' % (p.returncode, p.stderr.strip()[-300:]),
                        p.returncode == 0))
        mini = yaml.safe_load(open(out)) if os.path.exists(out) else {'functions': []}
        fns = {f['name']: f for f in mini.get('functions') or []}
        results.append(('the derived file names its source', mini.get('source') == 'mini 1.0'))
        for name, want in MINI_EXPECTED.items():
            got = role(fns[name]) if name in fns else None
            results.append(('mini: %s is %s (got %s)' % (name, want, got), got == want))
        results.append(('mini: a function declared and not defined is left out', 'MINI_not_defined' not in fns))
        # The same run with --public-headers relative to the working directory.
        rel = os.path.join(tmp, 'mini-rel.yaml')
        p = subprocess.run([checker, '-q', '--model', os.path.join(rules, 'openssl-derive-primitives.yaml'),
                            '--derive-model', rel, '--public-headers', os.path.join('include', 'openssl'),
                            '--derive-source', 'mini 1.0', 'mini.c', '--', '-Iinclude'],
                           capture_output=True, text=True, timeout=300, cwd=tree)
        same = os.path.exists(rel) and os.path.exists(out) and open(rel).read() == open(out).read()
        results.append(('a relative --public-headers derives the same file (exit %d: %s)'
                        % (p.returncode, p.stderr.strip()[-200:]), p.returncode == 0 and same))
        cmds = {c['name']: role(c) for c in (fns.get('MINI_ctrl') or {}).get('commands') or []}
        results.append(('mini: MINI_ctrl has cmd_arg 1', (fns.get('MINI_ctrl') or {}).get('cmd_arg') == 1))
        results.append(('mini: MINI_CTRL_MODE pure, MINI_CTRL_NAME pushes_on_failure [0] (got %s)' % cmds,
                        cmds == {'MINI_CTRL_MODE': ('pure', None), 'MINI_CTRL_NAME': ('pushes_on_failure', [0])}))

        # 2. The committed file: its header and a pinned sample.
        derived_path = os.path.join(rules, 'openssl-derived.yaml')
        derived = yaml.safe_load(open(derived_path))
        header = open(derived_path).read().split('\nversion:')[0]
        results.append(('openssl-derived.yaml names the OpenSSL version it came from',
                        str(derived.get('source', '')).startswith('OpenSSL 3.') and 'OpenSSL 3.' in header))
        results.append(('openssl-derived.yaml names the command that made it', 'scripts/derive-model' in header))
        real = {f['name']: f for f in derived['functions']}
        for name, want in PINNED.items():
            got = role(real[name]) if name in real else None
            results.append(('derived: %s is %s (got %s)' % (name, want, got), got == want))
        for (fn, cmd), want in PINNED_COMMANDS.items():
            got = None
            for c in (real.get(fn) or {}).get('commands') or []:
                if c['name'] == cmd:
                    got = role(c)
            results.append(('derived: %s %s is %s (got %s)' % (fn, cmd, want, got), got == want))

        # 3. The default model reads it: these calls are no longer unmodelled.
        src = os.path.join(tmp, 'uses.c')
        open(src, 'w').write(USES)
        p = subprocess.run([checker, '-q', '--list-unmodelled', src], capture_output=True, text=True, timeout=300)
        listed = [l.split()[0] for l in p.stdout.split('\n') if l.strip()]
        results.append(('--list-unmodelled with the default model lists none of them (got %s)' % listed,
                        p.returncode == 0 and listed == []))

        # 4. The hand-written role wins over the derived one.
        model_dir = os.path.join(tmp, 'model')
        os.mkdir(model_dir)
        shutil.copy(os.path.join(rules, 'openssl-api.yaml'), model_dir)
        with open(os.path.join(model_dir, 'openssl-derived.yaml'), 'w') as f:
            f.write('version: 1\nsource: "test"\nfunctions:\n'
                    '  - {name: SSL_get_shutdown, role: pushes}\n'
                    '  - {name: SSL_CTX_get_ex_data, role: pure}\n')
        between = os.path.join(tmp, 'between.c')
        open(between, 'w').write(BETWEEN)
        p = subprocess.run([checker, '-q', '--model', os.path.join(model_dir, 'openssl-api.yaml'), between],
                           capture_output=True, text=True, timeout=300)
        results.append(('hand-written SSL_get_shutdown (pure) wins over derived pushes; derived pure '
                        'SSL_CTX_get_ex_data is no OSSL002 (got %d: %s)' % (p.returncode, p.stdout.strip()),
                        p.returncode in (0, 1) and 'OSSL002' not in p.stdout))
        # ... and a broken derived file is an error naming it.
        with open(os.path.join(model_dir, 'openssl-derived.yaml'), 'w') as f:
            f.write('version: 1\nfunctions:\n  - {name: X, role: nonsense}\n')
        p = subprocess.run([checker, '-q', '--model', os.path.join(model_dir, 'openssl-api.yaml'), between],
                           capture_output=True, text=True, timeout=300)
        results.append(('a broken derived file: exit 2 naming it (got %d: %s)' % (p.returncode, p.stderr.strip()),
                        p.returncode == 2 and 'openssl-derived.yaml' in p.stderr))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return report(results)


if __name__ == '__main__':
    sys.exit(main(sys.argv))
