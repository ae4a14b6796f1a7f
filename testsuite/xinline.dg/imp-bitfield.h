/* Shared by imp-bitfield.c and its provider.  */
struct bf
{
  signed int s3 : 3;
  unsigned int u5 : 5;
  _Bool flag : 1;
  unsigned int straddle : 10;	/* crosses a byte boundary */
  signed int s13 : 13;
  unsigned char mid;
  unsigned long long big : 40;	/* crosses a 32-bit boundary */
  unsigned long long rest : 24;
  unsigned char last;
};
