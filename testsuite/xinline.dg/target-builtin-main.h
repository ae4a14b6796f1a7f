/* The consumer's main of imp-target-builtin.c and tor-target-builtin.c:
   every helper of imp-target-builtin-provider.c.  */
#include <stdio.h>
#include <stdint.h>

extern int xi_tb_spin (volatile int *, int);
extern int xi_tb_tsc_moves (void);
extern uint32_t xi_tb_crc (uint32_t, const unsigned char *, unsigned);
extern uint64_t xi_tb_crc64 (uint64_t, uint64_t);
extern void xi_tb_fences (int *, int);
extern int xi_tb_bsr (int);
extern unsigned char xi_tb_rol8 (unsigned char, unsigned char);

volatile int flag;
static const unsigned char text[] = "the quick brown fox";

int
main (void)
{
  int buf[2];
  printf ("%d %d\n", xi_tb_spin (&flag, 1000), xi_tb_tsc_moves ());
  for (unsigned n = 0; n < sizeof text; n += 3)
    printf ("%08x %016llx\n", xi_tb_crc (~0u, text, n),
	    (unsigned long long) xi_tb_crc64 (n, 0x0123456789abcdefull * n));
  xi_tb_fences (buf, 41);
  printf ("%d %d\n", buf[0], buf[1]);
  for (int v = 0; v < 70000; v = v * 3 + 1)
    printf ("%d:%d:%u ", v, xi_tb_bsr (v), xi_tb_rol8 ((unsigned char) v, v & 7));
  printf ("\n");
  flag = 1;
  printf ("%d\n", xi_tb_spin (&flag, 1000));
  return 0;
}
