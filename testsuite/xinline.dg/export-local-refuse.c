/* Static functions an exported helper calls are exported with it
   (file-local entries), unless the exporter refuses them: then the
   helper is refused with the static's reason.  A static whose address
   the helper takes, one that calls itself, one that references static
   data or has a static local, one marked noinline.  elr_ok is the
   control.  */
/* { dg-do assemble } */
/* { dg-options "-O2 -fplugin-arg-xinline-export" } */

#include <xinline.h>

static int elr_data;

#define ELR_BODY(s, x)                                  \
  for (int i = 0; i < 9; i++)                           \
    {                                                   \
      s = s * 31u + ((unsigned) (x) >> (i & 7));        \
      if (s & 1u)                                       \
        s ^= 0x5a5a5a5au;                               \
      else                                              \
        s += (unsigned) i * 7u;                         \
      s = (s << 3) ^ (s >> 5);                          \
    }

static unsigned elr_plain (unsigned s, int x) { ELR_BODY (s, x) return s; }
static unsigned elr_addr (unsigned s, int x) { ELR_BODY (s, x) return s; }
static unsigned
elr_rec (unsigned s, int x)
{
  ELR_BODY (s, x)
  return x > 1 ? elr_rec (s, x - 1) + elr_rec (s ^ 1, x - 2) : s;
}
static unsigned elr_static (unsigned s, int x) { ELR_BODY (s, x) return s + elr_data++; }
static unsigned
elr_slocal (unsigned s, int x)
{
  static unsigned last;
  ELR_BODY (s, x)
  last ^= s;
  return last;
}
static __attribute__ ((noinline)) unsigned
elr_noinl (unsigned s, int x)
{
  ELR_BODY (s, x)
  return s;
}

unsigned (*volatile elr_hook) (unsigned, int);

__xinline int elr_ok (int x) { return (int) elr_plain (x, 2); }
__xinline int elr_taken (int x) { elr_hook = elr_addr; return (int) elr_addr (x, 1); } /* { dg-note "'elr_taken' not exported: it references 'elr_addr', which has internal linkage" } */
__xinline int elr_recurse (int x) { return (int) elr_rec (x, 3); } /* { dg-note "'elr_recurse' not exported: it calls 'elr_rec', which has internal linkage and cannot be exported with it: it calls 'elr_rec', which has internal linkage and calls itself" } */
__xinline int elr_sdata (int x) { return (int) elr_static (x, 3); } /* { dg-note "'elr_sdata' not exported: it calls 'elr_static', which has internal linkage and cannot be exported with it: it references 'elr_data', which has internal linkage" } */
__xinline int elr_slocal_user (int x) { return (int) elr_slocal (x, 3); } /* { dg-note "'elr_slocal_user' not exported: it calls 'elr_slocal', which has internal linkage and cannot be exported with it: it uses static local variable 'last'" } */
__xinline int elr_noinline (int x) { return (int) elr_noinl (x, 3); } /* { dg-note "'elr_noinline' not exported: it calls 'elr_noinl', which has internal linkage and cannot be exported with it: it has attribute 'noinline'" } */

/* { dg-final { scan-xinline-exported elr_ok } } */
/* { dg-final { scan-xinline-not-exported elr_taken } } */
/* { dg-final { scan-xinline-not-exported elr_recurse } } */
/* { dg-final { scan-xinline-not-exported elr_sdata } } */
/* { dg-final { scan-xinline-not-exported elr_slocal_user } } */
/* { dg-final { scan-xinline-not-exported elr_noinline } } */
