/*
 * A control-channel read during a transfer (the shape of an FTP server's
 * ABOR handling): its 0 returns -2, a failed read -1, and every caller
 * handles -2 as it handles -1: transfer() hands the code on with
 * `if (ret != 0) return ret;`, and serve() only tells 0 from the rest. The 0
 * is taken as a failure, not as the end of the data. No finding.
 * The twins keep the finding:
 *  - check_commands_twin's caller tells -2 from -1 (`ret == -2` ends the
 *    transfer as complete): a truncation passes for the end;
 *  - check_commands_cb_twin's address is taken: its callers are not known;
 *  - check_commands_logged_twin's caller passes the code on to a call, which
 *    may tell -2 from -1;
 *  - check_commands_eof_twin returns 0 for a 0, which is no failure;
 *  - check_commands_flag_twin also sets *eof on a 0, which the caller reads;
 *  - check_commands_marks_twin calls a function of the project's on a 0
 *    (mark_closed(), which may record the end);
 *  - check_commands_expr_twin's caller reads the code in an argument
 *    (`report(ret == -2)`), which the walk cannot follow;
 *  - check_commands_extern_twin is not static: callers outside the run may
 *    tell the codes apart;
 *  - check_commands_same_code_twin returns its 0's code, -2, also after
 *    SSL_ERROR_ZERO_RETURN: -2 is the clean close's code, not a failure's.
 */
#include <openssl/err.h>
#include <openssl/ssl.h>

void log_code(int code);
void report(int ok);
int send_chunk(SSL *data);

static int check_commands(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1);
	if (n == 0)
		return -2;
	if (n < 0) {
		int e = SSL_get_error(ctrl, n);

		if (e == SSL_ERROR_WANT_READ || e == SSL_ERROR_WANT_WRITE)
			return 0;
		return -1;
	}
	buf[n] = 0;
	return 0;
}

static int transfer(SSL *ctrl, SSL *data)
{
	int ret;

	for (;;) {
		if (send_chunk(data) <= 0)
			break;
		ret = check_commands(ctrl);
		if (ret != 0)
			return ret;
	}
	return 0;
}

void serve(SSL *ctrl, SSL *data)
{
	int ret = transfer(ctrl, data);

	if (ret == 0)
		report(1);
	else
		report(0);
}

static int check_commands_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (n < 0)
		return -1;
	return 0;
}

void serve_twin(SSL *ctrl, SSL *data)
{
	int ret;

	while (send_chunk(data) > 0) {
		ret = check_commands_twin(ctrl);
		if (ret == -2) {
			report(1);
			return;
		}
		if (ret != 0)
			break;
	}
	report(0);
}

static int check_commands_cb_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (n < 0)
		return -1;
	return 0;
}

int (*command_checker)(SSL *) = check_commands_cb_twin;

void serve_cb_twin(SSL *ctrl)
{
	report(check_commands_cb_twin(ctrl) == 0);
}

static int check_commands_logged_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (n < 0)
		return -1;
	return 0;
}

void serve_logged_twin(SSL *ctrl)
{
	int ret = check_commands_logged_twin(ctrl);

	if (ret != 0)
		log_code(ret);
}

static int check_commands_eof_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return 0;
	if (n < 0)
		return -1;
	return 1;
}

void serve_eof_twin(SSL *ctrl)
{
	report(check_commands_eof_twin(ctrl) >= 0);
}

static int check_commands_flag_twin(SSL *ctrl, int *eof)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0) {
		*eof = 1;
		return -2;
	}
	if (n < 0)
		return -1;
	return 0;
}

void serve_flag_twin(SSL *ctrl)
{
	int eof = 0;

	report(check_commands_flag_twin(ctrl, &eof) == 0 || eof);
}

static int closed_flag;

static void mark_closed(void)
{
	closed_flag = 1;
}

static int check_commands_marks_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0) {
		mark_closed();
		return -2;
	}
	if (n < 0)
		return -1;
	return 0;
}

void serve_marks_twin(SSL *ctrl)
{
	if (check_commands_marks_twin(ctrl) != 0)
		report(closed_flag);
}

static int check_commands_expr_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (n < 0)
		return -1;
	return 0;
}

void serve_expr_twin(SSL *ctrl)
{
	int ret = check_commands_expr_twin(ctrl);

	report(ret == -2);
}

int check_commands_extern_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (n < 0)
		return -1;
	return 0;
}

void serve_extern_twin(SSL *ctrl)
{
	if (check_commands_extern_twin(ctrl) != 0)
		report(0);
}

static int check_commands_same_code_twin(SSL *ctrl)
{
	char buf[100];
	int n;

	ERR_clear_error();
	n = SSL_read(ctrl, buf, sizeof buf - 1); // expect: OSSL005
	if (n == 0)
		return -2;
	if (SSL_get_error(ctrl, n) == SSL_ERROR_ZERO_RETURN)
		return -2;
	return -1;
}

void serve_same_code_twin(SSL *ctrl)
{
	int ret = check_commands_same_code_twin(ctrl);

	if (ret == -2)
		report(1);
}
