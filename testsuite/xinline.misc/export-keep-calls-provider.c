/* Provider for export-keep-calls.exp: OUTER calls four small functions
   of its own file.  INNER is exported the 6.1 way (the label
   __kstrtab_inner in top-level asm), INNER2 the 6.12 way
   (__export_symbol_inner2), INNER4 the way of a kernel without PREL32
   relocations (a variable __ksymtab_inner4); INNER3 is external but not
   exported (its name only appears in labels that are no export entries),
   and AI is always-inline.  */

int inner (int x) { return x * 3 + 1; }
int inner2 (int x) { return x * 5 + 2; }
int inner3 (int x) { return x * 7 + 3; }
int inner4 (int x) { return x * 11 + 4; }
static inline __attribute__ ((always_inline)) int ai (int x) { return x + 9; }
int always_exported (int x) __attribute__ ((always_inline));
inline __attribute__ ((always_inline)) int always_exported (int x) { return x - 1; }

int
outer (int x)
{
  return inner (x) + inner2 (x) + inner3 (x) + inner4 (x) + ai (x)
         + always_exported (x);
}

asm (".section \"__ksymtab_strings\",\"aMS\",%progbits,1\n"
     "__kstrtab_inner:\n\t.asciz \"inner\"\n"
     "__kstrtab_always_exported:\n\t.asciz \"always_exported\"\n"
     "x__kstrtab_inner3:\n\t.asciz \"not an entry\"\n"
     "\t.asciz \"__kstrtab_inner3 without a colon\"\n"
     ".previous\n");
asm (".section \".export_symbol\",\"a\"\n"
     "__export_symbol_inner2:\n\t.long 0\n.previous\n");
static const struct { int a; } __ksymtab_inner4 __attribute__ ((used)) = { 0 };
