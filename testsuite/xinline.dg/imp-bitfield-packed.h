/* Shared by imp-bitfield-packed.c and its provider.  */
struct __attribute__ ((packed)) pbf
{
  unsigned char head;
  unsigned int a : 7;
  signed int b : 11;	/* straddles bytes 1..3 */
  unsigned int c : 14;
  unsigned short tail;	/* unaligned */
};

struct vbf
{
  volatile unsigned int lo : 4;
  volatile unsigned int mid : 12;
  volatile signed int hi : 16;
};
