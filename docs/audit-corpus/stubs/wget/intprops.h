#include <limits.h>
#define TYPE_SIGNED(t) (! ((t) 0 < (t) -1))
#define TYPE_MINIMUM(t) ((t) (TYPE_SIGNED (t) ? ~ (t) 0 << (sizeof (t) * CHAR_BIT - 1) : (t) 0))
#define TYPE_MAXIMUM(t) ((t) (~ (t) 0 - TYPE_MINIMUM (t)))
#define INT_BUFSIZE_BOUND(t) (sizeof (t) * CHAR_BIT * 302 / 1000 + 3)
#define INT_STRLEN_BOUND(t) (INT_BUFSIZE_BOUND(t) - 1)
