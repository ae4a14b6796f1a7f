/* xir-import.h - what every importer of DB helpers does the same way,
 * whatever compiler it lives in (xir-import.c): loading DB files with the
 * messages that say how to mend them, telling a stale DB entry by the
 * hashes of its provider's files, and module safety (Module.symvers,
 * licences, symbol namespaces, symbols named by asm templates; the rules
 * for a whole body, built-in bodies in modules included, are
 * xir-modsafe.c's).
 *
 * Plain C99, also valid C++.  Used by the LLVM pass plugin and by the
 * GCC plugin (import.c, import-legal.c, modsafe.c), which keep only what
 * depends on their compiler: where a licence and namespaces come from, how
 * a message is reported, the refusal codes a result maps to.
 */
#ifndef XINLINE_XIR_IMPORT_H
#define XINLINE_XIR_IMPORT_H

#include "xir.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The quotes the messages below put around file names and commands: "'"
   and "'" unless set here (the GCC plugin sets its locale's, those of
   %qs).  The strings must outlive their use.  */
void xir_import_quotes (const char *open, const char *close);

/* ---- DB files --------------------------------------------------------------- */

/* Appends the helpers of FILE, an .xdb or an ELF object with a
   .gnu.xinline section, to DB; an .xdb is mapped and its entries are
   decoded only when looked up.  Returns 0, or -1 with the message into
   MSG (LEN bytes): what is wrong and how to mend it, e.g. "cannot read
   helper DB 'h.xdb': No such file or directory; build it with 'xinline-db
   build -o h.xdb OBJECTS'".  */
int xir_db_load_file (xir_db *db, const char *file, char *msg, size_t len);
/* Sorts DB and rejects conflicting duplicates, as xir_db_finish, also
   between the DB files (xir_db_dups); FIRST names the first DB file in
   the message.  0, or -1 with MSG.  */
int xir_db_load_finish (xir_db *db, const char *first, char *msg,
                        size_t len);
/* A corrupt index record or entry that a lookup met in a DB file (a
   corrupt DB is found where it is read): 0, or -1 with the message into
   MSG ("'h.xdb': function record hash mismatch; rebuild it with
   'xinline-db build'").  */
int xir_db_load_error (const xir_db *db, char *msg, size_t len);

/* ---- stale DB entries ------------------------------------------------------- */

/* The hashes of the files checked so far (each is hashed once).  Not
   thread-safe: callers serialize.  */
typedef struct xir_fresh xir_fresh;
xir_fresh *xir_fresh_new (void);
void xir_fresh_free (xir_fresh *c);

enum xir_stale {
  XIR_FRESH = 0,
  XIR_STALE_SOURCE,          /* the provider's main source changed */
  XIR_STALE_HEADER           /* a file its bodies came from changed */
};
/* Whether the files entry E's bodies came from are as they were at
   export; a file that cannot be read counts as unchanged.  The changed
   file in *FILE.  */
enum xir_stale xir_entry_stale (xir_fresh *c, const xir_entry *e,
                                const char **file);

/* ---- module safety ---------------------------------------------------------- */

/* The exports of Module.symvers files.  */
typedef struct xir_symvers xir_symvers;
xir_symvers *xir_symvers_new (void);
void xir_symvers_free (xir_symvers *s);
/* Reads FILE ("CRC<TAB>SYMBOL<TAB>MODULE<TAB>EXPORT[<TAB>NS]" lines) into
   S, or maps it if it is a symvers index (xinline-db symvers).  0, or -1
   with MSG: "cannot read 'F': ERR; pass the kernel's (and your module's)
   Module.symvers", "F:N: not a Module.symvers line; pass the file modpost
   writes" or "'F': corrupt symvers index record; make it again with
   'xinline-db symvers'".  Call xir_symvers_sort after the last.  */
int xir_symvers_load (xir_symvers *s, const char *file, char *msg,
                      size_t len);
void xir_symvers_sort (xir_symvers *s);
/* The symvers index of S's exports (all files loaded), sorted, without
   exact duplicates (xir-symvers.c).  */
void xir_symvers_encode (xir_buf *b, const xir_symvers *s);

/* The symvers index (.xsv) itself (xir-symvers.c).  */
#define XIR_SYMVERS_MAGIC "\177XINLSV"   /* 7 bytes + version byte */
#define XIR_SYMVERS_VERSION 1
typedef struct xir_svsym {
  const char *name;
  int gpl;                   /* EXPORT_SYMBOL_GPL */
  const char *ns;            /* namespace or NULL */
} xir_svsym;
typedef struct xir_svindex xir_svindex;
/* Writes the N exports V (sorted here) as an index.  */
void xir_svindex_encode (xir_buf *b, xir_svsym *v, uint32_t n);
/* Checks the index image M (taken over) whole: 0 and *OUT, or -1 with
   *ERR (M released).  */
int xir_svindex_open (xir_mapping *m, xir_svindex **out, const char **err);
void xir_svindex_free (xir_svindex *x);
uint32_t xir_svindex_size (const xir_svindex *x);
/* Export I into *S.  */
void xir_svindex_get (const xir_svindex *x, uint32_t i, xir_svsym *s);
/* The first export of NAME into *S: 1, or 0 if none.  */
int xir_svindex_find (const xir_svindex *x, const char *name, xir_svsym *s);

enum xir_modsafe {
  XIR_MS_OK = 0,
  XIR_MS_NOT_EXPORTED,       /* not in the Module.symvers given */
  XIR_MS_GPL_ONLY,           /* GPL-only, the licence is not GPL */
  XIR_MS_GPL_UNKNOWN,        /* GPL-only, the licence is unknown */
  XIR_MS_NAMESPACE           /* in a namespace the module does not import */
};
/* May a module whose licence is LICENSE (NULL: unknown) and that imports
   the NNS namespaces NS reference NAME, which it does not define?  For
   XIR_MS_NAMESPACE the symbol's namespace in *SYMNS.  */
enum xir_modsafe xir_symvers_check (const xir_symvers *s, const char *name,
                                    const char *license,
                                    const char *const *ns, unsigned nns,
                                    const char **symns);
/* The kernel's license_is_gpl_compatible().  */
int xir_license_gpl_compatible (const char *license);
/* Calls FN (NAME, ARG) for each symbol asm template TEMPL names as the
   target of a call or jmp ("call foo", "jmp __x86_return_thunk"); stops
   at the first non-zero FN result and returns it, else 0.  */
int xir_asm_call_targets (const char *templ,
                          int (*fn) (const char *name, void *arg),
                          void *arg);

/* ---- module safety of a body (xir-modsafe.c) -------------------------------- */

/* The entry a unit of FLAVOUR takes for NAME: its own flavour's; for a
   module without one, the built-in body (*BUILTIN set: a function of
   vmlinux, taken only when xir_modsafe_builtin_entry and the built-in
   rules of xir_modsafe_body allow).  NULL when there is none.  */
const xir_entry *xir_import_entry (const xir_db *db, const char *name,
                                   uint8_t flavour, int *builtin);

/* Why a body may not go into a module (docs/DESIGN.md, "Built-in bodies
   in modules").  */
enum xir_msw {
  XIR_MSW_OK = 0,
  XIR_MSW_SYMBOL,            /* SYM fails xir_symvers_check as MS says
                                (OTHER: its namespace) */
  XIR_MSW_SC_TRAMP,          /* calls static call trampoline SYM, which is
                                not exported */
  XIR_MSW_SC_KEY,            /* calls trampoline SYM whose key OTHER is
                                exported, and does not reference the key */
  XIR_MSW_SC_KEY_UNEXPORTED, /* references static call key SYM, which is
                                not exported */
  XIR_MSW_JUMP_KEY,          /* a jump label on static key SYM, which is
                                not exported */
  XIR_MSW_NO_SYMVERS,        /* built-in body, no Module.symvers given */
  XIR_MSW_HELPER,            /* built-in body of SYM, which the module may
                                not call as MS says */
  XIR_MSW_THIS_MODULE,       /* built-in body referencing __this_module */
  XIR_MSW_ASM_SECTION,       /* built-in body whose asm uses section OTHER */
  XIR_MSW_COPY               /* calls SYM, which is not exported, and no
                                module-local copy of it can be made: OTHER
                                says why */
};

/* Module-local copies: at most this many a body (all levels), nested at
   most XIR_MS_COPY_DEPTH deep (chains through the static functions of a
   file are deeper than through exports, as the exported body holds its
   header helpers not yet inlined: up_read -> rwsem_wake ->
   rwsem_mark_wake -> get_task_struct -> refcount_inc -> __refcount_inc
   -> __refcount_add -> atomic_fetch_add_relaxed is 7, with 25 copies).  */
#define XIR_MS_MAX_COPIES 64
#define XIR_MS_COPY_DEPTH 12

/* A module consumer: its exports (NULL: no Module.symvers given), licence
   (NULL: unknown), imported namespaces, and DEFINED (NAME, ARG): whether
   the unit defines NAME or otherwise needs no link for it.  BUILTIN: the
   body is a built-in one.  */
typedef struct xir_ms_ctx {
  const xir_symvers *syms;
  const char *license;
  const char *const *ns;
  unsigned nns;
  int (*defined) (const char *name, void *arg);
  void *arg;
  int builtin;
  /* The C importer's opt-in (NULL: none, as for the LLVM importer): a
     function the body calls directly that the module may not call, whose
     built-in body COPIES holds and passes these rules itself, becomes a
     module-local copy (listed in R->copies) instead of a refusal.  */
  const xir_db *copies;
} xir_ms_ctx;

typedef struct xir_ms_result {
  enum xir_msw why;
  enum xir_modsafe ms;
  char sym[256], other[256];
  unsigned ncopies;          /* the module-local copies the body needs
                                (all levels), in the order found */
  char copies[XIR_MS_MAX_COPIES][256];
} xir_ms_result;

/* May a module take the built-in body of NAME?  Only with Module.symvers
   and when NAME is exported to it: then the body is what its call runs.  */
enum xir_msw xir_modsafe_builtin_entry (const xir_ms_ctx *c, const char *name,
                                        xir_ms_result *r);
/* Module safety of body F: every symbol it makes the module's object
   refer to, by name, as an asm call target or in an asm data directive,
   must be linkable (xir_symvers_check, unless C->defined); a static call
   trampoline's exported key must be referenced too (objtool's site names
   it); jump-label keys must be exported; and for a built-in body
   (C->builtin) no __this_module and only the asm sections a module
   handles.  With C->copies, a directly called function that fails only
   for not being exported is copied when its built-in body is in the DB,
   its address is not taken, it is not variadic or recursive and its body
   passes these rules (docs/DESIGN.md, "Module-local copies").  Returns
   R->why.  */
enum xir_msw xir_modsafe_body (const xir_ms_ctx *c, const xir_func *f,
                               xir_ms_result *r);
/* A short text of MS for the messages ("it is GPL-only and ...").  */
const char *xir_modsafe_text (enum xir_modsafe ms);

/* Calls FN (NAME, ARG) for each symbol template T names: call and jump
   targets (xir_asm_call_targets) and symbols in data directives (".long
   sym - .", ".quad sym"); stops at the first non-zero FN result.  */
int xir_asm_symbols (const char *t, int (*fn) (const char *name, void *arg),
                     void *arg);
/* Calls FN (SECTION, ARG) for each section a ".section" or
   ".pushsection" directive of T names.  */
int xir_asm_sections (const char *t, int (*fn) (const char *s, void *arg),
                      void *arg);
/* A's template with each "%c" or "%P" reference to a constant input
   replaced by the constant ("call __get_user_%c[size]" is a call of
   __get_user_4); malloc'd.  */
char *xir_asm_expand (const xir_asm *a);
/* The input of asm A that operand reference P ("2", "[size]": after the
   '%' and the modifier) names, its end in *END; NULL when it is not
   one.  Operands are numbered outputs first.  */
const xir_asm_op *xir_asm_input (const xir_asm *a, const char *p,
                                 const char **end);

#ifdef __cplusplus
}
#endif
#endif /* XINLINE_XIR_IMPORT_H */
