/* Pointer arithmetic in imported helpers: pointer plus a (negative)
   variable offset, pointer differences in elements and bytes, NULL checks,
   range checks, walking a linked list to NULL, pointer-to-integer casts.
   All calls inlined, same output as without the plugin.  */
/* { dg-do run } */
/* { dg-xinline-provider "imp-ptr-provider.c" } */

#include <stdio.h>
#include <stddef.h>

struct pnode { int v; struct pnode *next; };

extern const int *xi_ptr_adv (const int *, long);
extern long xi_ptr_diff (const int *, const int *);
extern ptrdiff_t xi_ptr_bytes (const void *, const void *);
extern int xi_ptr_len (const struct pnode *);
extern int xi_ptr_val_or (const int *, int);
extern int xi_ptr_in (const int *, const int *, const int *);
extern const char *xi_ptr_end (const char *);
extern unsigned long xi_ptr_align (const void *, unsigned long);

int arr[10] = { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90 };
volatile long off = 7;
int *volatile nullp;

int
main (void)
{
  const int *p = xi_ptr_adv (arr, off);
  const int *q = xi_ptr_adv (p, -off + 2);
  printf ("%d %d %ld %ld %td %td\n", *p, *q, xi_ptr_diff (arr, p),
	  xi_ptr_diff (p, q), xi_ptr_bytes (arr, p), xi_ptr_bytes (p, arr));
  printf ("%d %d\n", xi_ptr_val_or (p, -1), xi_ptr_val_or (nullp, -1));
  printf ("%d %d %d\n", xi_ptr_in (p, arr, arr + 10),
	  xi_ptr_in (arr + 10, arr, arr + 10), xi_ptr_in (arr, arr, arr + off));
  struct pnode n[5];
  for (int i = 0; i < 5; i++)
    {
      n[i].v = i;
      n[i].next = i + 1 < (int) off - 2 ? &n[i + 1] : NULL;
    }
  printf ("%d %d %d\n", xi_ptr_len (n), xi_ptr_len (&n[3]), xi_ptr_len (NULL));
  const char *s = "xinline" + (off & 1);
  const char *e = "";
  printf ("%td %d\n", xi_ptr_end (s) - s, xi_ptr_end (e) == e);
  printf ("%lu %lu\n", xi_ptr_align (&arr[1], 4), xi_ptr_align ((char *) arr + off, 4));
  return 0;
}

/* { dg-final { scan-objdump-calls-not xi_ptr_adv } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_diff } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_bytes } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_len } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_val_or } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_in } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_end } } */
/* { dg-final { scan-objdump-calls-not xi_ptr_align } } */
