/* xir-modsafe.c - module safety of a whole body, for both importers
 * (xir-import.h): which DB entry a unit takes (a module takes a built-in
 * body of a function vmlinux exports to modules), and whether everything
 * the body makes the module's object refer to can be linked and loaded
 * there, including what only appears after compilation (objtool's
 * static-call sites, jump-label entries) and what its inline asm names
 * (call targets, symbols in data directives, sections).  The decision
 * table is in docs/DESIGN.md, "Built-in bodies in modules".
 */
#include "xir-import.h"
#include "xir-int.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCT_PREFIX "__SCT__"         /* a static call's trampoline */
#define SCK_PREFIX "__SCK__"         /* a static call's key */
#define PFX_LEN 7
#define XIR_STR1(x) #x
#define XIR_STR(x) XIR_STR1 (x)

const xir_entry *
xir_import_entry (const xir_db *db, const char *name, uint8_t flavour,
                  int *builtin)
{
  const xir_entry *e;
  *builtin = 0;
  if (xir_is_file_local_key (name))
    return NULL;
  e = xir_db_find (db, name, flavour);
  if (e || flavour != XIR_FLAVOUR_MODULE)
    return e;
  e = xir_db_find (db, name, XIR_FLAVOUR_BUILTIN);
  *builtin = e != NULL;
  return e;
}

/* R for symbol NAME that failed xir_symvers_check with MS (NS its
   namespace): WHY when it is simply not exported, else the generic
   XIR_MSW_SYMBOL with MS.  */
static enum xir_msw
xir_ms_fail (xir_ms_result *r, enum xir_msw why, enum xir_modsafe ms,
             const char *name, const char *ns)
{
  r->why = ms == XIR_MS_NOT_EXPORTED ? why : XIR_MSW_SYMBOL;
  r->ms = ms;
  snprintf (r->sym, sizeof r->sym, "%s", name);
  snprintf (r->other, sizeof r->other, "%s", ns ? ns : "");
  return r->why;
}

/* xir_symvers_check of NAME under C's licence and namespaces, OK when
   the unit defines it.  */
static enum xir_modsafe
xir_ms_sym (const xir_ms_ctx *c, const char *name, const char **ns)
{
  *ns = NULL;
  if (c->defined && c->defined (name, c->arg))
    return XIR_MS_OK;
  return xir_symvers_check (c->syms, name, c->license, c->ns, c->nns, ns);
}

enum xir_msw
xir_modsafe_builtin_entry (const xir_ms_ctx *c, const char *name,
                           xir_ms_result *r)
{
  const char *ns = NULL;
  enum xir_modsafe ms;
  memset (r, 0, sizeof *r);
  if (!c->syms)
    return r->why = XIR_MSW_NO_SYMVERS;
  ms = xir_symvers_check (c->syms, name, c->license, c->ns, c->nns, &ns);
  if (ms == XIR_MS_OK)
    return XIR_MSW_OK;
  xir_ms_fail (r, XIR_MSW_HELPER, ms, name, ns);
  r->why = XIR_MSW_HELPER;
  return r->why;
}

const char *
xir_modsafe_text (enum xir_modsafe ms)
{
  switch (ms)
    {
    case XIR_MS_NOT_EXPORTED:
      return "it is not in the Module.symvers given";
    case XIR_MS_GPL_ONLY:
      return "it is GPL-only and the module license is not GPL-compatible";
    case XIR_MS_GPL_UNKNOWN:
      return "it is GPL-only and the module license is unknown in this unit";
    case XIR_MS_NAMESPACE:
      return "its namespace is not imported by the module";
    default:
      return "";
    }
}

/* ---- what inline asm names -------------------------------------------------- */

static int
xir_id_start (char c)
{
  return isalpha ((unsigned char) c) || c == '_';
}

static int
xir_id_char (char c)
{
  return isalnum ((unsigned char) c) || c == '_' || c == '$';
}

/* Whether P (at a statement's start, blanks skipped) is a data directive
   whose operands are expressions that may name symbols.  Its length in
   *LEN.  */
static int
xir_data_directive (const char *p, size_t *len)
{
  static const char *const dirs[] = {
    ".long", ".quad", ".int", ".word", ".short", ".hword", ".byte",
    ".2byte", ".4byte", ".8byte", ".dc.a", ".value", ".octa", ".reloc"
  };
  size_t i, n;
  for (i = 0; i < sizeof dirs / sizeof *dirs; i++)
    {
      n = strlen (dirs[i]);
      if (!strncmp (p, dirs[i], n) && (p[n] == ' ' || p[n] == '\t'))
        {
          *len = n;
          return 1;
        }
    }
  return 0;
}

/* Calls FN for each symbol the data directive operands in [P, E) name
   (up to a '#' comment, "# bug_entry::file" in the kernel's bug table):
   identifiers that are not local labels (".L...", "1b"), operand
   references ("%c0"), macro arguments ("\reg") or relocation types
   (R_X86_64_...).  */
static int
xir_data_symbols (const char *p, const char *e,
                  int (*fn) (const char *, void *), void *arg)
{
  char name[256];
  int rc;
  while (p < e)
    {
      const char *q;
      if (*p == '"')
        {
          for (p++; p < e && *p != '"'; p++)
            if (*p == '\\' && p + 1 < e)
              p++;
          p++;
          continue;
        }
      if (*p == '#')
        return 0;
      if (!xir_id_start (*p))
        {
          /* skip a token that is not an identifier: number, .label, %op */
          if (isalnum ((unsigned char) *p) || *p == '.' || *p == '%'
              || *p == '\\')
            while (p < e && (xir_id_char (*p) || *p == '.' || *p == '%'
                             || *p == '\\' || *p == '['))
              p++;
          else
            p++;
          continue;
        }
      for (q = p; q < e && (xir_id_char (*q) || *q == '.'); q++)
        ;
      snprintf (name, sizeof name, "%.*s", (int) (q - p < 255 ? q - p : 255),
                p);
      p = q;
      if (!strncmp (name, "R_", 2))
        continue;
      if ((rc = fn (name, arg)))
        return rc;
    }
  return 0;
}

/* P past the blanks and labels ("1:", "661: ", "foo:") that start the
   statement ending at E.  */
static const char *
xir_skip_labels (const char *p, const char *e)
{
  for (;;)
    {
      const char *q;
      while (p < e && (*p == ' ' || *p == '\t'))
        p++;
      for (q = p; q < e && (xir_id_char (*q) || *q == '.'); q++)
        ;
      if (q == p || q >= e || *q != ':')
        return p;
      p = q + 1;
    }
}

int
xir_asm_symbols (const char *t, int (*fn) (const char *, void *), void *arg)
{
  const char *p = t;
  int rc = xir_asm_call_targets (t, fn, arg);
  while (!rc && *p)
    {
      const char *e = p + strcspn (p, "\n;");
      size_t n;
      p = xir_skip_labels (p, e);
      if (xir_data_directive (p, &n))
        rc = xir_data_symbols (p + n, e, fn, arg);
      p = *e ? e + 1 : e;
    }
  return rc;
}

/* Whether P, in template T, starts a ".section" or ".pushsection"
   directive; its length in *LEN.  */
static int
xir_section_directive (const char *t, const char *p, size_t *len)
{
  static const char *const dirs[] = { ".pushsection", ".section" };
  size_t i, n;
  if (p != t && (xir_id_char (p[-1]) || p[-1] == '.'))
    return 0;
  for (i = 0; i < 2; i++)
    {
      n = strlen (dirs[i]);
      if (!strncmp (p, dirs[i], n) && (p[n] == ' ' || p[n] == '\t'))
        {
          *len = n;
          return 1;
        }
    }
  return 0;
}

int
xir_asm_sections (const char *t, int (*fn) (const char *, void *), void *arg)
{
  char name[256];
  const char *p, *q;
  size_t n;
  int rc;
  for (p = t; *p; p++)
    {
      if (*p != '.' || !xir_section_directive (t, p, &n))
        continue;
      p += n;
      while (*p == ' ' || *p == '\t')
        p++;
      if (*p == '"')
        {
          p++;
          q = strchr (p, '"');
          if (!q)
            q = p + strlen (p);
        }
      else
        for (q = p; *q && !strchr (" \t,;\n", *q); q++)
          ;
      n = (size_t) (q - p);
      snprintf (name, sizeof name, "%.*s", (int) (n < 255 ? n : 255), p);
      if ((rc = fn (name, arg)))
        return rc;
      p = *q ? q : q - 1;
    }
  return 0;
}

char *
xir_asm_expand (const xir_asm *a)
{
  size_t cap = strlen (a->templ) * 2 + 64, n = 0;
  char *out = (char *) xir_xcalloc (cap, 1);
  const char *p = a->templ;
  while (*p)
    {
      const char *end = NULL;
      const xir_asm_op *op = NULL;
      if (n + 32 >= cap)
        out = (char *) xir_xrealloc (out, cap *= 2, 1);
      if (p[0] == '%' && (p[1] == 'c' || p[1] == 'P'))
        op = xir_asm_input (a, p + 2, &end);
      if (op && op->is_mem == XIR_ASM_VAL && op->val.kind == XIR_O_CONST)
        {
          n += (size_t) snprintf (out + n, cap - n, "%lld",
                                  (long long) op->val.val);
          p = end;
          continue;
        }
      if (p[0] == '%' && p[1])
        out[n++] = *p++;
      out[n++] = *p++;
    }
  out[n] = 0;
  return out;
}

const xir_asm_op *
xir_asm_input (const xir_asm *a, const char *p, const char **end)
{
  unsigned long n;
  uint32_t i;
  if (*p == '[')
    {
      const char *e = strchr (p, ']');
      if (!e)
        return NULL;
      *end = e + 1;
      for (i = 0; i < a->nin; i++)
        if (a->ins[i].name && strlen (a->ins[i].name) == (size_t) (e - p - 1)
            && !strncmp (a->ins[i].name, p + 1, (size_t) (e - p - 1)))
          return &a->ins[i];
      return NULL;
    }
  if (!isdigit ((unsigned char) *p))
    return NULL;
  n = strtoul (p, (char **) end, 10);
  return n >= a->nout && n - a->nout < a->nin ? &a->ins[n - a->nout] : NULL;
}

/* ---- the rules --------------------------------------------------------------- */

/* The sections a built-in body's inline asm may put things in when it is
   copied into a module: those the module loader and modpost treat as in
   vmlinux (alternatives, paravirt, jump labels, exception and bug tables,
   SMP lock prefixes, objtool's annotations and call-site tables,
   ftrace's) and plain text and data.  Any other (.noinstr.text,
   .entry.text, .init.*, vmlinux-only tables) is refused.  */
static int
xir_module_section (const char *s)
{
  static const char *const exact[] = {
    ".text", ".data", ".bss", ".rodata", "__jump_table", "__ex_table",
    "__bug_table", ".parainstructions", ".smp_locks", ".static_call_sites",
    ".retpoline_sites", ".return_sites", ".call_sites", ".ibt_endbr_seal",
    "__mcount_loc", "__patchable_function_entries", ".orc_unwind",
    ".orc_unwind_ip"
  };
  static const char *const prefix[] = {
    ".text.", ".data.", ".rodata.", ".bss.", ".altinstr", ".discard.",
    ".note."
  };
  size_t i;
  for (i = 0; i < sizeof exact / sizeof *exact; i++)
    if (!strcmp (s, exact[i]))
      return 1;
  for (i = 0; i < sizeof prefix / sizeof *prefix; i++)
    if (!strncmp (s, prefix[i], strlen (prefix[i])))
      return 1;
  return 0;
}

struct xir_ms_walk {
  const xir_ms_ctx *c;
  const xir_func *f;
  xir_ms_result *r;
  enum xir_msw why;          /* what a failing symbol is, for the text */
  int builtin;               /* a built-in body (C->builtin, or a copy) */
  unsigned depth;            /* of module-local copies */
  const struct xir_ms_walk *up;  /* the body that calls this copy */
};

/* Whether F names symbol NAME in its table.  */
static int
xir_func_names (const xir_func *f, const char *name)
{
  uint32_t i;
  for (i = 0; i < f->nsyms; i++)
    if (!strcmp (f->syms[i].name, name))
      return 1;
  return 0;
}

/* One symbol NAME the body makes the module refer to (by name, as an asm
   call target or in a data directive): exported, and for a static call
   trampoline with the key rules.  Non-zero with W->r set on failure.  */
static int
xir_ms_one (const char *name, void *arg)
{
  struct xir_ms_walk *w = (struct xir_ms_walk *) arg;
  const char *ns = NULL;
  enum xir_modsafe ms;
  char key[256];
  enum xir_msw why = w->why;
  /* "*NAME": NAME given by an asm label (the fortified string functions'
     __real_strnlen __asm__ ("strnlen")), the symbol itself.  */
  if (name[0] == '*')
    name++;
  if (w->builtin && !strcmp (name, "__this_module"))
    {
      w->r->why = XIR_MSW_THIS_MODULE;
      snprintf (w->r->sym, sizeof w->r->sym, "%s", name);
      return 1;
    }
  if (!strncmp (name, SCT_PREFIX, PFX_LEN))
    why = XIR_MSW_SC_TRAMP;
  else if (!strncmp (name, SCK_PREFIX, PFX_LEN))
    why = XIR_MSW_SC_KEY_UNEXPORTED;
  ms = xir_ms_sym (w->c, name, &ns);
  if (ms != XIR_MS_OK)
    {
      xir_ms_fail (w->r, why, ms, name, ns);
      return 1;
    }
  if (why != XIR_MSW_SC_TRAMP || (w->c->defined
                                  && w->c->defined (name, w->c->arg)))
    return 0;
  /* objtool names the key in the module's .static_call_sites only when
     the object refers to it, else the trampoline, which the kernel maps
     back to its key only for EXPORT_STATIC_CALL_TRAMP (whose key is not
     exported): an exported key must be referenced by the body.  */
  snprintf (key, sizeof key, SCK_PREFIX "%s", name + PFX_LEN);
  if (xir_symvers_check (w->c->syms, key, NULL, NULL, 0, &ns)
      == XIR_MS_NOT_EXPORTED || xir_func_names (w->f, key))
    return 0;
  w->r->why = XIR_MSW_SC_KEY;
  snprintf (w->r->sym, sizeof w->r->sym, "%s", name);
  snprintf (w->r->other, sizeof w->r->other, "%s", key);
  return 1;
}

/* A built-in body's asm section S must be one a module handles.  */
static int
xir_ms_section (const char *s, void *arg)
{
  struct xir_ms_walk *w = (struct xir_ms_walk *) arg;
  if (xir_module_section (s))
    return 0;
  w->r->why = XIR_MSW_ASM_SECTION;
  snprintf (w->r->other, sizeof w->r->other, "%s", s);
  return 1;
}

/* The static keys of a jump label: the symbols asm A passes as operands
   when its template writes a __jump_table entry.  */
static int
xir_ms_jump_keys (struct xir_ms_walk *w, const xir_asm *a)
{
  uint32_t i;
  if (!strstr (a->templ, "__jump_table"))
    return 0;
  w->why = XIR_MSW_JUMP_KEY;
  for (i = 0; i < a->nin; i++)
    {
      const xir_asm_op *op = &a->ins[i];
      const xir_operand *o = op->is_mem == XIR_ASM_MEM ? &op->mem.base
                             : &op->val;
      if (op->is_mem != XIR_ASM_HREG && o->kind == XIR_O_SYM
          && o->idx < w->f->nsyms
          && xir_ms_one (w->f->syms[o->idx].name, w))
        return 1;
    }
  w->why = XIR_MSW_SYMBOL;
  return 0;
}

/* The rules for inline asm A.  */
static int
xir_ms_asm (struct xir_ms_walk *w, const xir_asm *a)
{
  char *t;
  int rc;
  if (w->builtin && xir_asm_sections (a->templ, xir_ms_section, w))
    return 1;
  if (xir_ms_jump_keys (w, a))
    return 1;
  t = xir_asm_expand (a);
  rc = xir_asm_symbols (t, xir_ms_one, w);
  free (t);
  return rc;
}

/* ---- module-local copies ------------------------------------------------------ */

/* Whether operand O is the address of symbol SYM.  */
static int
xir_op_is (const xir_operand *o, uint32_t sym)
{
  return o->kind == XIR_O_SYM && o->idx == sym;
}

/* Whether F takes the address of symbol SYM anywhere (an operand, a
   memory base, an argument, an indirect call's target, an asm input or
   an asm output's memory),
   as opposed to calling it directly.  */
static int
xir_addr_taken (const xir_func *f, uint32_t sym)
{
  uint32_t b, i, k;
  for (b = 0; b < f->nblocks; b++)
    {
      const xir_block *blk = &f->blocks[b];
      if (xir_op_is (&blk->term.a, sym) || xir_op_is (&blk->term.b, sym))
        return 1;
      for (i = 0; i < blk->nstmts; i++)
        {
          const xir_stmt *s = &blk->stmts[i];
          for (k = 0; k < s->nops; k++)
            if (xir_op_is (&s->ops[k], sym))
              return 1;
          if (xir_op_is (&s->mem[0].base, sym)
              || xir_op_is (&s->mem[1].base, sym))
            return 1;
          if (s->kind == XIR_S_CALL)
            {
              if (xir_op_is (&s->call->target, sym))
                return 1;
              for (k = 0; k < s->call->nargs; k++)
                if (xir_op_is (&s->call->args[k], sym))
                  return 1;
            }
          if (s->kind == XIR_S_ASM)
            {
              for (k = 0; k < s->asm_->nin; k++)
                if (xir_op_is (&s->asm_->ins[k].val, sym)
                    || xir_op_is (&s->asm_->ins[k].mem.base, sym))
                  return 1;
              for (k = 0; k < s->asm_->nout; k++)
                if (xir_op_is (&s->asm_->outs[k].mem.base, sym))
                  return 1;
            }
        }
    }
  return 0;
}

/* A short text of why nested result R failed, into BUF.  */
static void
xir_ms_nested_text (const xir_ms_result *r, char *buf, size_t n)
{
  char tmp[256];
  switch (r->why)
    {
    case XIR_MSW_COPY:
      /* the innermost callee that cannot be copied, and why */
      snprintf (tmp, sizeof tmp, "%s", r->other);
      if (!strncmp (tmp, "its callee ", 11))
        snprintf (buf, n, "%s", tmp);
      else
        snprintf (buf, n, "its callee '%.100s' cannot be copied: %.100s",
                  r->sym, tmp);
      break;
    case XIR_MSW_THIS_MODULE:
      snprintf (buf, n, "its body references '__this_module'");
      break;
    case XIR_MSW_ASM_SECTION:
      snprintf (buf, n, "its inline asm uses section '%.200s'", r->other);
      break;
    case XIR_MSW_SYMBOL:
      snprintf (buf, n, "its body references '%.150s' (%s)", r->sym,
                xir_modsafe_text (r->ms));
      break;
    default:
      snprintf (buf, n, "its body uses static call or key '%.150s', which a "
                "module cannot name", r->sym);
      break;
    }
}

static enum xir_msw xir_ms_walk_body (struct xir_ms_walk *w);

/* Why function SYM of W's body, which the module may not call, cannot
   become a module-local copy: NULL when it can (recorded in W->r), else
   the text, in BUF.  */
static const char *
xir_ms_copy_why (struct xir_ms_walk *w, uint32_t sym, char *buf, size_t n)
{
  const char *name = w->f->syms[sym].name, *err = NULL;
  const struct xir_ms_walk *u;
  const xir_entry *e;
  struct xir_ms_walk w2;
  xir_func *f2;
  unsigned i;
  for (u = w; u; u = u->up)
    if (!strcmp (u->f->name, name))
      return "it calls itself, directly or through its callees";
  if (xir_addr_taken (w->f, sym))
    return "its address is taken, and a copy would have another address";
  for (i = 0; i < w->r->ncopies; i++)
    if (!strcmp (w->r->copies[i], name))
      return NULL;
  if (w->depth >= XIR_MS_COPY_DEPTH)
    return "copies would nest deeper than " XIR_STR (XIR_MS_COPY_DEPTH)
           " levels";
  if (w->r->ncopies == XIR_MS_MAX_COPIES)
    return "a body may need at most " XIR_STR (XIR_MS_MAX_COPIES)
           " copies";
  e = xir_db_find (w->c->copies, name, XIR_FLAVOUR_BUILTIN);
  if (!(f2 = xir_entry_decode (e, &err)))
    {
      snprintf (buf, n, "its DB entry is corrupt (%s)", err);
      return buf;
    }
  snprintf (w->r->copies[w->r->ncopies++], sizeof *w->r->copies, "%s", name);
  memset (&w2, 0, sizeof w2);
  w2.c = w->c;
  w2.f = f2;
  w2.r = w->r;
  w2.builtin = 1;
  w2.depth = w->depth + 1;
  w2.up = w;
  if (xir_ms_walk_body (&w2))
    {
      xir_ms_nested_text (w->r, buf, n);
      xir_func_free (f2);
      return buf;
    }
  xir_func_free (f2);
  return NULL;
}

/* After symbol SYM of W's body failed: whether it is a function the
   module may not call, with a built-in body in W->c->copies, that can be
   copied instead (then W->r is clear again).  Else W->r says why not:
   the failure as it was when there is no body to copy, or why the copy
   cannot be made.  */
static int
xir_ms_copy (struct xir_ms_walk *w, uint32_t sym)
{
  char buf[256], name[256];
  const char *why;
  xir_ms_result *r = w->r;
  if (!w->c->copies || r->why != XIR_MSW_SYMBOL
      || r->ms != XIR_MS_NOT_EXPORTED || w->f->syms[sym].kind != XIR_SYM_FUNC
      || !xir_db_find (w->c->copies, w->f->syms[sym].name,
                       XIR_FLAVOUR_BUILTIN))
    return 0;
  snprintf (name, sizeof name, "%s", w->f->syms[sym].name);
  why = xir_ms_copy_why (w, sym, buf, sizeof buf);
  if (why)
    {
      r->why = XIR_MSW_COPY;
      r->ms = XIR_MS_NOT_EXPORTED;
      snprintf (r->sym, sizeof r->sym, "%s", name);
      snprintf (r->other, sizeof r->other, "%s", why);
      return 0;
    }
  r->why = XIR_MSW_OK;
  r->ms = XIR_MS_OK;
  r->sym[0] = r->other[0] = 0;
  return 1;
}

/* The rules for W's body.  */
static enum xir_msw
xir_ms_walk_body (struct xir_ms_walk *w)
{
  const xir_func *f = w->f;
  uint32_t b, i;
  w->why = XIR_MSW_SYMBOL;
  for (b = 0; b < f->nblocks; b++)
    for (i = 0; i < f->blocks[b].nstmts; i++)
      if (f->blocks[b].stmts[i].kind == XIR_S_ASM
          && xir_ms_asm (w, f->blocks[b].stmts[i].asm_))
        return w->r->why;
  for (i = 0; i < f->nsyms; i++)
    {
      /* A function with internal linkage of the provider's file: a copy
         is the only way to call it.  */
      int local = f->syms[i].kind == XIR_SYM_FUNC
                  && (f->syms[i].flags & XIR_SYM_FILE_LOCAL);
      if (local)
        xir_ms_fail (w->r, XIR_MSW_SYMBOL, XIR_MS_NOT_EXPORTED,
                     f->syms[i].name, NULL);
      if ((local || xir_ms_one (f->syms[i].name, w)) && !xir_ms_copy (w, i))
        return w->r->why;
    }
  return XIR_MSW_OK;
}

enum xir_msw
xir_modsafe_body (const xir_ms_ctx *c, const xir_func *f, xir_ms_result *r)
{
  struct xir_ms_walk w;
  memset (r, 0, sizeof *r);
  if (!c->syms)
    return XIR_MSW_OK;
  memset (&w, 0, sizeof w);
  w.c = c;
  w.f = f;
  w.r = r;
  w.builtin = c->builtin;
  if (xir_ms_walk_body (&w))
    r->ncopies = 0;
  return r->why;
}
