/* The one list of rules. Every other list (--list-rules, SARIF metadata, the
 * check that each rule has its page in rules/) is built from this one.
 * RULE(id, name, check function) */
RULE(OSSL001, "stale-error-queue", ossl001_check)
RULE(OSSL002, "interleaved-openssl-call", ossl002_check)
RULE(OSSL003, "unhandled-want", ossl003_check)
RULE(OSSL004, "drained-before-classify", ossl004_check)
RULE(OSSL005, "premature-close", ossl005_check)
RULE(OSSL006, "error-code-confusion", ossl006_check)
