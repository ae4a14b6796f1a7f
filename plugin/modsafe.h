/* modsafe.h - module safety of a whole body (modsafe.c), for legality
 * (import-legal.c): the IR library's rules (xir-modsafe.c) with this
 * unit's symbols, licence and namespaces, as refusal codes.
 */
#ifndef XINLINE_MODSAFE_H
#define XINLINE_MODSAFE_H

/* May this module take the built-in body of NAME (no module flavour in
   the DB)?  Only with Module.symvers and when vmlinux exports NAME to
   it.  XI_R_NONE, or the refusal recorded in R.  */
enum xi_refusal_code xi_modsafe_builtin_entry (const char *name,
                                               xi_refusal *r);
/* Under module safety (Module.symvers given): may this unit take body F
   (BUILTIN: a built-in body into a module)?  XI_R_NONE, or the refusal
   recorded in R.  */
enum xi_refusal_code xi_modsafe_body (const xir_func *f, bool builtin,
                                      xi_refusal *r);

#endif /* XINLINE_MODSAFE_H */
