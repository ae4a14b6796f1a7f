/* import-legal.c - legality: may a DB helper be imported into this unit?
 *
 * Only this file says no to a helper for what it is (import-decide.c says
 * no for the unit's limits): the DB entry must be of this unit's flavour
 * (or, for a module, the built-in body of a function vmlinux exports to
 * it) and not be called from noinstr code; the consumer's declaration must
 * allow inlining; the body must be made by this compiler for this target
 * with compatible semantics, from sources that have not changed since; it
 * must decode, match the consumer's declaration and pass the IR check;
 * under module safety everything it makes the module refer to must be
 * linkable and loadable (modsafe.c); and
 * every integer type, symbol and builtin it uses must exist in this unit
 * as the body expects.  Each "no" is a refusal code of refusal.def with
 * its text, defined here once.
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"
#include "modsafe.h"
#include "hash-set.h"

/* ---- refusals ---------------------------------------------------------------- */

static const struct {
  enum xi_severity severity;
  const char *text;          /* printf format */
} xl_refusals[] = {
  { XI_SEV_QUIET, "" },      /* XI_R_NONE */
#define XI_REFUSAL(CODE, SEVERITY, TEXT) { XI_SEV_##SEVERITY, TEXT },
#include "refusal.def"
#undef XI_REFUSAL
};

enum xi_refusal_code
xi_refuse (xi_refusal *r, enum xi_refusal_code code, ...)
{
  va_list ap;
  va_start (ap, code);
  vsnprintf (r->text, sizeof r->text, xl_refusals[code].text, ap);
  va_end (ap);
  r->code = code;
  return code;
}

enum xi_severity
xi_refusal_severity (enum xi_refusal_code code)
{
  return xl_refusals[code].severity;
}

/* ---- the unit ------------------------------------------------------------------ */

static uint8_t xl_flavour;           /* of this unit */
/* Helpers called from noinstr functions: not imported.  */
static hash_set<tree> *xl_noinstr;
/* Files checked for staleness, each hashed once per compilation.  */
static xir_fresh *xl_fresh;

void
xi_legal_start (void)
{
  if (!xl_noinstr)
    xl_noinstr = new hash_set<tree>;
  if (!xl_fresh)
    xl_fresh = xir_fresh_new ();
  xl_flavour = xi_unit_is_module () ? XIR_FLAVOUR_MODULE : XIR_FLAVOUR_BUILTIN;
}

/* noinstr code (the kernel's entry code) must not run instrumentable
   code, which an imported body may become.  */
void
xi_legal_caller (tree caller, tree callee)
{
  const char *sec = DECL_SECTION_NAME (caller);
  if (sec && !strcmp (sec, ".noinstr.text"))
    xl_noinstr->add (callee);
}

/* The entry for NAME this unit takes (xir_import_entry): *BUILTIN set
   for a built-in body in a module.  */
static const xir_entry *
xl_find (const char *name, int *builtin)
{
  return xir_import_entry (&xi_db, name, xl_flavour, builtin);
}

bool
xi_legal_known (const char *name)
{
  const xir_entry *e = xir_db_find (&xi_db, name, XIR_FLAVOUR_MODULE);
  if (!e)
    e = xir_db_find (&xi_db, name, XIR_FLAVOUR_BUILTIN);
  return e && !xir_entry_no_call (e, NULL);
}

/* ---- the declaration and how the body was made ------------------------------- */

/* The consumer's declaration of D must allow inlining it.  */
static enum xi_refusal_code
xl_decl (tree d, xi_refusal *r)
{
  if (DECL_UNINLINABLE (d) || lookup_attribute ("noinline", DECL_ATTRIBUTES (d))
      || lookup_attribute ("noipa", DECL_ATTRIBUTES (d)))
    return xi_refuse (r, XI_R_NOINLINE);
  if (DECL_WEAK (d))
    return xi_refuse (r, XI_R_WEAK);
  return XI_R_NONE;
}

/* The body of E must be made by this compiler, for this target, with
   semantics compatible with this unit's.  */
static enum xi_refusal_code
xl_made (const xir_entry *e, xi_refusal *r)
{
  enum xi_refusal_code code = XI_R_NONE;
  /* This unit's: computed once (it hashes the main input file).  */
  static xir_meta cur;
  static bool have_cur;
  if (!have_cur)
    {
      xi_current_meta (&cur);
      have_cur = true;
    }
  uint32_t diff = xir_sem_conflicts (e->meta.semflags, cur.semflags);
  char a[256], c[256];
  if (strcmp (e->meta.producer, cur.producer))
    code = xi_refuse (r, XI_R_PRODUCER, e->meta.producer, cur.producer);
  else if (strcmp (e->meta.target, cur.target))
    code = xi_refuse (r, XI_R_TARGET, e->meta.target, cur.target);
  else if (diff)
    code = xi_refuse (r, XI_R_SEMANTICS,
                      xi_semflags_side (e->meta.semflags, diff, a, sizeof a),
                      xi_semflags_side (cur.semflags, diff, c, sizeof c));
  return code;
}

/* The DB must not be stale: neither the provider's source nor a file its
   bodies came from (a header) may have changed since the export
   (xir_entry_stale; a file that cannot be read counts as unchanged).  */
static enum xi_refusal_code
xl_fresh_entry (const xir_entry *e, xi_refusal *r)
{
  const char *file = NULL;
  switch (xir_entry_stale (xl_fresh, e, &file))
    {
    case XIR_STALE_SOURCE:
      return xi_refuse (r, XI_R_STALE_SOURCE, file);
    case XIR_STALE_HEADER:
      return xi_refuse (r, XI_R_STALE_HEADER, file, e->meta.source);
    default:
      return XI_R_NONE;
    }
}

/* ---- the body ------------------------------------------------------------------ */

/* The consumer's declaration of D must have the body's signature.  */
static enum xi_refusal_code
xl_signature (tree d, const xir_func *f, xi_refusal *r)
{
  xir_sig sg;
  const char *bad = xi_sig_of (TREE_TYPE (d), &sg);
  if (bad)
    return xi_refuse (r, XI_R_DECL_UNSUPPORTED, bad);
  bool same = xir_sig_equal (&sg, &f->sigs[f->sig]);
  xi_sig_release (&sg);
  return same ? XI_R_NONE : xi_refuse (r, XI_R_DECL_TYPE);
}

/* This unit's declaration D of symbol S must be what the body expects: a
   public function of the same signature or a public, not thread-local,
   variable.  */
static enum xi_refusal_code
xl_symbol (const xir_func *f, const xir_sym *s, tree d, xi_refusal *r)
{
  if (!TREE_PUBLIC (d))
    return xi_refuse (r, XI_R_SYM_INTERNAL, s->name);
  if (s->kind == XIR_SYM_FUNC)
    {
      xir_sig sg;
      bool same = (TREE_CODE (d) == FUNCTION_DECL
                   && !xi_sig_of (TREE_TYPE (d), &sg)
                   && xir_sig_equal (&sg, &f->sigs[s->sig]));
      if (TREE_CODE (d) == FUNCTION_DECL)
        xi_sig_release (&sg);
      if (!same)
        return xi_refuse (r, XI_R_SYM_FUNC_TYPE, s->name);
    }
  else if (TREE_CODE (d) != VAR_DECL)
    return xi_refuse (r, XI_R_SYM_NOT_VAR, s->name);
  else if (DECL_THREAD_LOCAL_P (d))
    return xi_refuse (r, XI_R_SYM_TLS, s->name);
  else
    return xi_legal_sym_addr_space (s, d, r);
  return XI_R_NONE;
}

/* Builtin call C must name a builtin of this GCC, of the same type.  */
static enum xi_refusal_code
xl_builtin (const xir_func *f, const xir_call *c, xi_refusal *r)
{
  tree bd = c->builtin < END_BUILTINS
            ? builtin_decl_explicit ((enum built_in_function) c->builtin)
            : NULL_TREE;
  xir_sig sg;
  if (!bd || strcmp (IDENTIFIER_POINTER (DECL_NAME (bd)), c->bname))
    return xi_refuse (r, XI_R_NO_BUILTIN);
  if (xi_builtin_sig_of (TREE_TYPE (bd), &sg))
    return xi_refuse (r, XI_R_BUILTIN_UNSUPPORTED);
  bool same = xir_sig_equal (&sg, &f->sigs[c->sig]);
  xi_sig_release (&sg);
  return same ? XI_R_NONE : xi_refuse (r, XI_R_BUILTIN_TYPE);
}

/* A call passing or returning an aggregate by value is built on the
   consumer's own declaration of the callee, whose types give the ABI (the
   IR knows only the size, and xl_symbol compared it): a direct call
   whose callee this unit declares (B->syms), nothing else.  */
static enum xi_refusal_code
xl_byval_calls (const xir_func *f, const xi_body *b, xi_refusal *r)
{
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    for (uint32_t i = 0; i < f->blocks[bl].nstmts; i++)
      {
        const xir_stmt *s = &f->blocks[bl].stmts[i];
        if (s->kind != XIR_S_CALL || !xi_sig_byval (&f->sigs[s->call->sig]))
          continue;
        if (s->call->kind != XIR_C_DIRECT)
          return xi_refuse (r, XI_R_BYVAL_INDIRECT);
        if (!b->syms[s->call->sym])
          return xi_refuse (r, XI_R_BYVAL_UNDECLARED,
                            f->syms[s->call->sym].name,
                            f->syms[s->call->sym].name);
      }
  return XI_R_NONE;
}

/* What F needs of this target and unit: its integer types, this unit's
   declarations of its symbols (recorded in B->syms), its builtins, and
   switches whose cases do not overlap.  */
static enum xi_refusal_code
xl_needs (const xir_func *f, xi_body *b, xi_refusal *r)
{
  enum xi_refusal_code code = XI_R_NONE;
  for (uint32_t i = 0; i < f->nregs; i++)
    if (!xi_tree_type (&f->regs[i]))
      return xi_refuse (r, XI_R_INT_TYPE);
  for (uint32_t i = 0; i < f->nsyms; i++)
    {
      /* A module-local copy (import-local.c) is made from the IR; a
         file-local function has no other definition.  */
      tree d = xi_local_decl (f->syms[i].name);
      if (!d && (f->syms[i].flags & XIR_SYM_FILE_LOCAL))
        return xi_refuse (r, XI_R_FILE_LOCAL, f->syms[i].name);
      if (!d && (d = xi_lookup_decl (get_identifier (f->syms[i].name)))
          && (code = xl_symbol (f, &f->syms[i], d, r)))
        return code;
      b->syms[i] = d;
    }
  for (uint32_t bl = 0; bl < f->nblocks; bl++)
    {
      const xir_block *blk = &f->blocks[bl];
      for (uint32_t i = 0; i < blk->nstmts && !code; i++)
        if (blk->stmts[i].kind == XIR_S_CALL
            && blk->stmts[i].call->kind == XIR_C_BUILTIN)
          code = xl_builtin (f, blk->stmts[i].call, r);
        else if (blk->stmts[i].kind == XIR_S_CALL
                 && blk->stmts[i].call->kind == XIR_C_TARGET_BUILTIN)
          code = xi_legal_target_builtin (f, blk->stmts[i].call, r);
      if (code)
        return code;
    }
  if ((code = xl_byval_calls (f, b, r)))
    return code;
  return xi_legal_hregs (f, r);
}

/* ---- the whole ----------------------------------------------------------------- */

void
xi_body_free (xi_body *b)
{
  if (b->f)
    xir_func_free (b->f);
  free (b->syms);
  b->f = NULL;
  b->syms = NULL;
}

/* The checks of the decoded body of D (BUILTIN: a built-in body in a
   module).  */
static enum xi_refusal_code
xl_body (tree d, xi_body *b, bool builtin, xi_refusal *r)
{
  enum xi_refusal_code code;
  const char *bad;
  if ((code = xl_signature (d, b->f, r)))
    return code;
  /* The IR library's one checker, with this unit's target: the typing
     rules the builder relies on.  */
  static xir_target tgt;
  if (!tgt.ptr_bits)
    xi_gcc_target (&tgt);
  if ((code = xi_legal_addr_spaces (b->f, r)))
    return code;
  if ((bad = xir_func_check (b->f, &tgt)))
    return xi_refuse (r, XI_R_MALFORMED, bad);
  if ((code = xi_modsafe_body (b->f, builtin, r)))
    return code;
  return xl_needs (b->f, b, r);
}

/* The checks of entry E for D, from how it was made to its body.  */
static enum xi_refusal_code
xl_entry (const xir_entry *e, tree d, xi_body *b, bool builtin,
          xi_refusal *r)
{
  enum xi_refusal_code code;
  if ((code = xl_made (e, r)) || (code = xl_fresh_entry (e, r)))
    return code;
  const char *err = NULL;
  b->f = xir_entry_decode (e, &err);
  if (!b->f)
    return xi_refuse (r, XI_R_CORRUPT, err);
  b->syms = XCNEWVEC (tree, b->f->nsyms + 1);
  if ((code = xl_body (d, b, builtin, r)))
    xi_body_free (b);
  return code;
}

enum xi_refusal_code
xi_legal_copy (const xir_entry *e, tree d, xi_body *b, xi_refusal *r)
{
  memset (b, 0, sizeof *b);
  return xl_entry (e, d, b, true, r);
}

enum xi_refusal_code
xi_legal (tree d, xi_body *b, xi_refusal *r)
{
  enum xi_refusal_code code;
  memset (b, 0, sizeof *b);
  int builtin;
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
  const xir_entry *e = xl_find (name, &builtin);
  if (!e)
    return xi_refuse (r, XI_R_ONLY_MODULE);
  if (builtin && (code = xi_modsafe_builtin_entry (name, r)))
    return code;
  if (xl_noinstr->contains (d))
    return xi_refuse (r, XI_R_NOINSTR);
  if ((code = xl_decl (d, r)))
    return code;
  return xl_entry (e, d, b, builtin, r);
}
