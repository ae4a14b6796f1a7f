/* Provider for tor-globals.c.  */
#include <xinline.h>

unsigned tg_seq;
int tg_ring[16];
const signed char tg_delta[8] = { -1, 0, 1, 2, -3, 5, -8, 13 };
struct tg_stats { long hits, misses; } tg_stats;

__xinline unsigned xi_tg_next (void) { return tg_seq++; }
__xinline void xi_tg_put (int v) { tg_ring[tg_seq & 15] = v; tg_seq++; }
__xinline int xi_tg_get (unsigned i) { return tg_ring[i & 15] + tg_delta[i & 7]; }
__xinline void xi_tg_hit (int ok)
{
  if (ok)
    tg_stats.hits++;
  else
    tg_stats.misses++;
}
