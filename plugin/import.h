/* import.h - the import side of the plugin, between its files: the refusal
 * reasons (refusal.def) and the steps of an import.  import.c hands the
 * called DB helpers to the decision (import-decide.c), which asks legality
 * (import-legal.c, with module safety in modsafe.c) whether each may be
 * imported and has the builder (import-build.c) materialize those that
 * may; report.c prints what the decision recorded.
 * Include after xinline-int.h.
 */
#ifndef XINLINE_IMPORT_H
#define XINLINE_IMPORT_H

/* ---- refusals (import-legal.c) ------------------------------------------ */

enum xi_severity { XI_SEV_QUIET, XI_SEV_NOTE, XI_SEV_WARNING };

enum xi_refusal_code {
  XI_R_NONE,                 /* not refused */
#define XI_REFUSAL(CODE, SEVERITY, TEXT) XI_R_##CODE,
#include "refusal.def"
#undef XI_REFUSAL
  XI_R_COUNT
};

/* A refusal: its code and its text with the arguments filled in.  */
struct xi_refusal {
  enum xi_refusal_code code;
  char text[512];
};

/* Records CODE in R, its text formatted with the arguments that follow;
   returns CODE.  */
enum xi_refusal_code xi_refuse (xi_refusal *r, enum xi_refusal_code code,
                                ...);
enum xi_severity xi_refusal_severity (enum xi_refusal_code code);

/* ---- the driver (import.c) ------------------------------------------------ */

extern xir_db xi_db;
extern const char *xi_db_name;       /* the first DB, for messages */

/* The unit's declaration of the symbol named ID, or NULL.  */
tree xi_lookup_decl (tree id);
/* The importer's typing rules of the IR: NULL or what is malformed; and
   whether the cases of switch T are disjoint.  */

/* ---- legality (import-legal.c) --------------------------------------------- */

/* What a legal import is built from: the decoded, checked body and this
   unit's declaration of each symbol it names (NULL: none, the builder
   declares it).  */
struct xi_body {
  xir_func *f;
  tree *syms;
};

void xi_legal_start (void);

/* ---- target builtins (import-target.c) ------------------------------------ */

/* This unit's target builtin named NAME, or NULL.  */
tree xi_target_builtin (const char *name);
/* Whether target builtin call C of F can be built here.  */
enum xi_refusal_code xi_legal_target_builtin (const xir_func *f,
                                              const xir_call *c,
                                              xi_refusal *r);

/* Records that CALLER calls helper CALLEE.  */
void xi_legal_caller (tree caller, tree callee);
/* Whether the DB has an entry for NAME in either flavour.  */
bool xi_legal_known (const char *name);
/* May helper D be imported into this unit?  XI_R_NONE with *B filled (free
   it with xi_body_free), or the refusal, recorded in R.  */
enum xi_refusal_code xi_legal (tree d, xi_body *b, xi_refusal *r);
/* The checks of built-in body E for D, its module-local copy
   (import-local.c): those of an imported body but the declaration's.  */
enum xi_refusal_code xi_legal_copy (const xir_entry *e, tree d, xi_body *b,
                                    xi_refusal *r);
void xi_body_free (xi_body *b);

/* ---- decision (import-decide.c) -------------------------------------------- */

/* Whether D is a helper this unit could import: public, external, without
   a body here, and in the DB.  */
bool xi_decide_candidate (tree d);
/* Decides on and imports the helpers in WORK and, transitively, the
   helpers their bodies call.  */
void xi_decide (vec<tree> *work);

/* ---- materialization (import-build.c) --------------------------------------- */

/* Builds D's body from B and hands it to the call graph as an
   available-externally definition (a module-local copy: internal); fills
   the NULL entries of B->syms.  FORCE_INLINE: declared inline with the
   inline limits disregarded, else left to GCC's own heuristics.  */
void xi_build (tree d, xi_body *b, bool force_inline);
/* The registers of F (NP parameters) that xi_build nests into their only
   use: SUBST[r] set (import-subst.c).  */
void xi_substituted (const xir_func *f, uint32_t np, bool *subst);

/* ---- hard-register variables, address spaces (import-hreg.c) ---------------- */

/* Records D if it is a file-scope register variable of this unit.  */
void xi_note_global_hreg (tree d);
/* F's hard-register variable asm operands against this target and unit.  */
enum xi_refusal_code xi_legal_hregs (const xir_func *f, xi_refusal *r);
/* F's variables' address spaces must exist on this target.  */
enum xi_refusal_code xi_legal_addr_spaces (const xir_func *f, xi_refusal *r);
/* This unit's declaration D of variable S must be in S's address space.  */
enum xi_refusal_code xi_legal_sym_addr_space (const xir_sym *s, tree d,
                                              xi_refusal *r);
/* This unit's global register variable for operand OP (declared when it
   has none: legality made sure that is allowed).  */
tree xi_global_hreg (const xir_asm_op *op);
/* A new local register variable of FNDECL for operand OP (the caller
   chains it into the body's locals).  */
tree xi_local_hreg (tree fndecl, const xir_asm_op *op);

/* ---- module-local copies (import-local.c) ---------------------------------- */

/* The copy of function NAME this unit made, or NULL.  */
tree xi_local_decl (const char *name);
/* Makes the module-local copies that module-safety result M lists and
   this unit does not have yet, all or none: XI_R_NONE, or the refusal
   (which copy, why) recorded in R.  */
enum xi_refusal_code xi_local_copies (const xir_ms_result *m, xi_refusal *r);

/* ---- module safety (modsafe.c) ---------------------------------------------- */

bool xi_modsafe_load (void);
bool xi_modsafe_active (void);
void xi_modsafe_start (void);
/* The checks of a body: modsafe.h.  */

/* ---- report (report.c): one record per consumer call site ------------------- */

void xi_report_site (tree caller, location_t loc, tree callee);
/* R: why CALLEE was not imported, or NULL: it was.  */
void xi_report_helper_status (tree callee, const xi_refusal *r);
void xi_report_finish (void);

#endif /* XINLINE_IMPORT_H */
