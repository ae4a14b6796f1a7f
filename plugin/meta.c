/* meta.c - what a compile unit looks like to the IR: the producer, the
 * target triple, the semantics flags in force and the kernel flavour
 * (built-in or module).  The exporter records them in each unit; the
 * importer compares a body's with the consumer's.
 */
#define XI_NEED_GCC_VERSION
#include "xinline-gcc.h"
#include "xinline-int.h"

/* The target triple GCC was configured for, from its configure line.  */
static const char *
xi_target_triple (void)
{
  static char buf[128];
  static const char *const keys[] = { "--target=", "--host=", "--build=" };
  const char *args = gcc_version.configuration_arguments;
  if (buf[0])
    return buf;
  for (unsigned k = 0; k < ARRAY_SIZE (keys); k++)
    {
      const char *p = strstr (args, keys[k]);
      if (p)
        {
          p += strlen (keys[k]);
          size_t n = strcspn (p, " ");
          snprintf (buf, sizeof buf, "%.*s", (int) MIN (n, 100), p);
          return buf;
        }
    }
  snprintf (buf, sizeof buf, "unknown");
  return buf;
}

/* Each semantics flag (enum xir_semflags): its command-line name and
   whether this compile has it.  */
#define XI_SEMFLAGS                                                        \
  XI_SEMFLAG (WRAPV, "-fwrapv", flag_wrapv)                                \
  XI_SEMFLAG (WRAPV_POINTER, "-fwrapv-pointer", flag_wrapv_pointer)        \
  XI_SEMFLAG (TRAPV, "-ftrapv", flag_trapv)                                \
  XI_SEMFLAG (STRICT_ALIASING, "-fstrict-aliasing", flag_strict_aliasing)  \
  XI_SEMFLAG (DELETE_NULL_CHECKS, "-fdelete-null-pointer-checks",          \
              flag_delete_null_pointer_checks)                             \
  XI_SEMFLAG (EXCEPTIONS, "-fexceptions", flag_exceptions)                 \
  XI_SEMFLAG (NON_CALL_EXCEPTIONS, "-fnon-call-exceptions",                \
              flag_non_call_exceptions)                                    \
  XI_SEMFLAG (SIGNED_CHAR, "-fsigned-char", !TYPE_UNSIGNED (char_type_node)) \
  XI_SEMFLAG (SHORT_ENUMS, "-fshort-enums", flag_short_enums)              \
  XI_SEMFLAG (ISOLATE_PATHS, "-fisolate-erroneous-paths-dereference",      \
              flag_isolate_erroneous_paths_dereference)                    \
  XI_SEMFLAG (SANITIZE, "-fsanitize", flag_sanitize)                       \
  XI_SEMFLAG (STACK_PROTECT, "-fstack-protector", flag_stack_protect)

static const struct {
  uint32_t bit;
  const char *name;
} xi_semflag_names[] = {
#define XI_SEMFLAG(BIT, NAME, ON) { XIR_SEM_##BIT, NAME },
  XI_SEMFLAGS
#undef XI_SEMFLAG
};

/* The semantics flags of this compile.  */
static uint32_t
xi_current_semflags (void)
{
  uint32_t f = 0;
#define XI_SEMFLAG(BIT, NAME, ON) if (ON) f |= XIR_SEM_##BIT;
  XI_SEMFLAGS
#undef XI_SEMFLAG
  return f;
}

void
xi_current_meta (xir_meta *m)
{
  char buf[256];
  memset (m, 0, sizeof *m);
  snprintf (buf, sizeof buf, "GCC %s", gcc_version.basever);
  m->producer = xstrdup (buf);
  snprintf (buf, sizeof buf, "%s p%d %s", xi_target_triple (),
            (int) POINTER_SIZE, BYTES_BIG_ENDIAN ? "be" : "le");
  m->target = xstrdup (buf);
  m->semflags = xi_current_semflags ();
  m->flavour = xi_unit_is_module () ? XIR_FLAVOUR_MODULE
                                     : XIR_FLAVOUR_BUILTIN;
  m->source = xstrdup (main_input_filename ? main_input_filename : "");
  m->source_hash = xir_file_hash (m->source);
}

/* For each flag in DIFF, "-fX" if FLAGS has it, else "-fno-X", into BUF.  */
const char *
xi_semflags_side (uint32_t flags, uint32_t diff, char *buf, size_t len)
{
  size_t o = 0;
  buf[0] = 0;
  for (unsigned i = 0; i < ARRAY_SIZE (xi_semflag_names); i++)
    if (diff & xi_semflag_names[i].bit)
      o += snprintf (buf + o, o < len ? len - o : 0, "%s-f%s%s",
                     o ? " " : "",
                     (flags & xi_semflag_names[i].bit) ? "" : "no-",
                     xi_semflag_names[i].name + 2);
  return buf;
}

/* -DMODULE: the kernel's module flavour.  Asked after parsing, when the
   command-line macros are known (never in lto1: no preprocessor).  */
bool
xi_unit_is_module (void)
{
  cpp_reader *pfile = xi_parse_in ();
  return pfile && cpp_defined (pfile, (const unsigned char *) "MODULE", 6);
}
