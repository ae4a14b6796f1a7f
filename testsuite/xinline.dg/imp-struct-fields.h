/* Shared by imp-struct-fields.c and its provider.  */
struct sf
{
  unsigned char a;
  int b;
  long c;
  short d[4];
};
