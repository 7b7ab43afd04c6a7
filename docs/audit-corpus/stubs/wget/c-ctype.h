#include <ctype.h>
#include <stdbool.h>
#define c_isalnum(c) isalnum((unsigned char)(c))
#define c_isalpha(c) isalpha((unsigned char)(c))
#define c_isdigit(c) isdigit((unsigned char)(c))
#define c_isspace(c) isspace((unsigned char)(c))
#define c_isupper(c) isupper((unsigned char)(c))
#define c_islower(c) islower((unsigned char)(c))
#define c_isxdigit(c) isxdigit((unsigned char)(c))
#define c_isprint(c) isprint((unsigned char)(c))
#define c_tolower(c) tolower((unsigned char)(c))
#define c_toupper(c) toupper((unsigned char)(c))
