#include <poll.h>
int poll_fd(int fd, int for_write, int timeout_ms)
{
	struct pollfd p = { fd, (short)(for_write ? POLLOUT : POLLIN), 0 };
	return poll(&p, 1, timeout_ms);
}
