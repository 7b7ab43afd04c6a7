/* A fast 64-bit hash of bytes (not cryptographic): the cache's keys, the
 * contents of the files a translation unit read, and the checksum of a cache
 * entry. Word-at-a-time multiply-rotate mixing with a full avalanche at the
 * end (the shape of xxHash64's single lane). */
#ifndef OSSL_LINT_HASH_H
#define OSSL_LINT_HASH_H

#include <stddef.h>
#include <stdint.h>

uint64_t hash64(const void *data, size_t n, uint64_t seed);
/* Fold another value into a running hash (order matters). */
uint64_t hash64_mix(uint64_t h, uint64_t v);
uint64_t hash64_str(const char *s, uint64_t seed);

#endif
