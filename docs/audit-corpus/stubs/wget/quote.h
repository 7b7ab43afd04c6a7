char const *quote (char const *);
char const *quote_n (int, char const *);
