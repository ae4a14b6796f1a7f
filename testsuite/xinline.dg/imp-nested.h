/* Shared by imp-nested.c and its provider.  */
struct pt { short x, y; };
struct seg { struct pt from, to; unsigned char tag; };
struct poly { int n; struct seg s[6]; struct { long w[3]; } inner; };
