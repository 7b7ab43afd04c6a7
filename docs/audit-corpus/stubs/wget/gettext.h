#define gettext(s) (s)
#define ngettext(s,p,n) ((n)==1?(s):(p))
