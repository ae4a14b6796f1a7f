/* The consumer's main of imp-int128.c and tor-int128.c: every helper of
   imp-int128-provider.c over edge values, printed as hex halves.  */
#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>

typedef unsigned __int128 u128;
typedef __int128 s128;

extern s128 xi_w_triple (s128);
extern u128 xi_w_xorc (u128);
extern s128 xi_w_negc (s128);
extern uint64_t xi_w_mul_shr (uint64_t, uint64_t, unsigned);
extern u128 xi_w_shl (u128, unsigned);
extern s128 xi_w_sar (s128, unsigned);
extern s128 xi_w_div (s128, s128);
extern u128 xi_w_umod (u128, u128);
extern int xi_w_cmp (s128, s128);
extern int xi_w_ucmp (u128, u128);
extern int64_t xi_w_trunc (s128);
extern s128 xi_w_sext (int32_t);
extern u128 xi_w_zext (uint64_t);
extern int xi_w_add_ovf (s128, s128, s128 *);
extern int xi_w_mul_ovf (u128, u128);
extern u128 xi_w_load (const u128 *, unsigned);
extern void xi_w_store (s128 *, s128);
extern void xi_w_copy16 (void *, const void *);
extern u128 xi_w_minmax (u128, u128, int);

static void
pr (u128 v)
{
  printf (" %016" PRIx64 "%016" PRIx64, (uint64_t) (v >> 64), (uint64_t) v);
}

#define U128(hi, lo) (((u128) (hi) << 64) | (uint64_t) (lo))
volatile u128 vals[] = {
  0, 1, 2, 0xffffffffffffffffull, U128 (1, 0), U128 (0x7fffffffffffffffull,
  ~0ull), U128 (0x8000000000000000ull, 0), ~(u128) 0, U128 (~0ull, 5),
  U128 (0x0123456789abcdefull, 0xfedcba9876543210ull), 1000000007
};
volatile unsigned cnt[] = { 0, 1, 63, 64, 65, 100, 127, 128, 200 };
#define N(a) (sizeof a / sizeof a[0])

int
main (void)
{
  static u128 arr[4];
  s128 out[2];
  for (unsigned i = 0; i < N (vals); i++)
    {
      u128 v = vals[i];
      s128 s = (s128) v;
      pr (xi_w_triple (s)); pr (xi_w_xorc (v)); pr (xi_w_negc (s));
      pr (xi_w_sext ((int32_t) v)); pr (xi_w_zext ((uint64_t) v));
      printf (" %" PRId64 "\n", xi_w_trunc (s));
      for (unsigned j = 0; j < N (cnt); j++)
        {
          pr (xi_w_shl (v, cnt[j])); pr (xi_w_sar (s, cnt[j]));
          printf (" %" PRIx64 "\n", xi_w_mul_shr ((uint64_t) v,
                                                 (uint64_t) (v >> 64) | 3,
                                                 cnt[j]));
        }
      for (unsigned j = 0; j < N (vals); j++)
        {
          u128 w = vals[j];
          s128 r = 0;
          int o = xi_w_add_ovf (s, (s128) w, &r);
          if (!(s == ((s128) 1 << 127) && (s128) w == -1))
            pr ((u128) xi_w_div (s, (s128) w));
          pr (xi_w_umod (v, w)); pr ((u128) r);
          pr (xi_w_minmax (v, w, (int) j & 1));
          printf (" %d %d %d %d\n", xi_w_cmp (s, (s128) w),
                  xi_w_ucmp (v, w), o, xi_w_mul_ovf (v, w));
        }
      arr[i & 3] = v;
      pr (xi_w_load (arr, i & 3));
      xi_w_store (out, s);
      pr ((u128) out[0]); pr ((u128) out[1]);
      xi_w_copy16 (&arr[(i + 1) & 3], &arr[i & 3]);
      pr (arr[(i + 1) & 3]);
      printf ("\n");
    }
  return 0;
}
