/* Provider for imp-globals.c: helpers using global variables, arrays and
   const tables defined in this unit.  */
#include <xinline.h>

int gl_counter = 10;
long gl_hist[8];
const unsigned short gl_table[16] = { 1, 1, 2, 6, 24, 120, 720, 5040, 40320u,
				      1, 10, 100, 1000, 10000, 65535u, 7 };
struct gl_conf { int lo, hi; const char *name; } gl_conf = { -5, 5, "conf" };
unsigned char gl_bytes[3] = { 0xde, 0xad, 0xbe };

__xinline int xi_gl_next (void) { return ++gl_counter; }
__xinline int xi_gl_get (void) { return gl_counter; }
__xinline void xi_gl_hist (unsigned v) { gl_hist[v & 7]++; }
__xinline unsigned xi_gl_tab (int i) { return gl_table[i & 15]; }
__xinline int xi_gl_clamp (int v)
{
  return v < gl_conf.lo ? gl_conf.lo : v > gl_conf.hi ? gl_conf.hi : v;
}
__xinline const char *xi_gl_name (void) { return gl_conf.name; }
__xinline void xi_gl_setlim (int lo, int hi) { gl_conf.lo = lo; gl_conf.hi = hi; }
__xinline unsigned char *xi_gl_bytes (void) { return gl_bytes; }
