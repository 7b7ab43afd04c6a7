enum quoting_style { literal_quoting_style, shell_quoting_style, escape_quoting_style, locale_quoting_style };
char *quotearg_style (enum quoting_style, char const *);
char *quotearg_n_style (int, enum quoting_style, char const *);
