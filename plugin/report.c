/* report.c - what became of each call site to a DB helper.
 *
 * Sites are recorded when imports are decided (start of IPA), and so is
 * each helper's decision (import-decide.c): imported, or the refusal with
 * its text.  A site of a helper not imported keeps its call, for the
 * recorded reason; nothing here judges a helper again.  At the end of IPA
 * every call edge to a helper that was not inlined is matched back to its
 * site by callee and location (the caller may have been inlined into
 * another function meanwhile).  A site with no remaining edge was inlined
 * (or optimized away with the code around it).  Output: one note per
 * site (-fplugin-arg-xinline-report) and/or one JSON object per line
 * appended to a file (-fplugin-arg-xinline-report=FILE).
 */
#include "xinline-gcc.h"
#include "xinline-int.h"
#include "import.h"

enum xr_state { XR_INLINED, XR_CALL };

struct xr_site {
  tree caller, callee;
  location_t loc;
  enum xr_state state;
  const char *reason;
};

struct xr_helper {
  tree decl;
  bool imported;
  char *why;                 /* the refusal's text when not imported */
};

static vec<xr_site> xr_sites;
static vec<xr_helper> xr_helpers;

void
xi_report_site (tree caller, location_t loc, tree callee)
{
  xr_site s;
  s.caller = caller;
  s.callee = callee;
  s.loc = loc;
  s.state = XR_INLINED;
  s.reason = NULL;
  xr_sites.safe_push (s);
}

void
xi_report_helper_status (tree callee, const xi_refusal *r)
{
  xr_helper h;
  h.decl = callee;
  h.imported = r == NULL;
  h.why = r ? xstrdup (r->text) : NULL;
  xr_helpers.safe_push (h);
}

static const xr_helper *
xr_helper_of (tree decl)
{
  for (unsigned i = 0; i < xr_helpers.length (); i++)
    if (xr_helpers[i].decl == decl)
      return &xr_helpers[i];
  return NULL;
}

static void
xr_put (xir_buf *b, const char *fmt, ...) ATTRIBUTE_PRINTF_2;

static void
xr_put (xir_buf *b, const char *fmt, ...)
{
  char tmp[512];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (tmp, sizeof tmp, fmt, ap);
  va_end (ap);
  xir_buf_put (b, tmp, MIN ((size_t) n, sizeof tmp - 1));
}

static void
xr_json_string (xir_buf *f, const char *s)
{
  xr_put (f, "\"");
  for (; s && *s; s++)
    {
      unsigned char c = *s;
      if (c == '"' || c == '\\')
        xr_put (f, "\\%c", c);
      else if (c < 0x20)
        xr_put (f, "\\u%04x", c);
      else
        xir_buf_put (f, &c, 1);
    }
  xr_put (f, "\"");
}

/* Source order.  */
static int
xr_cmp (const void *pa, const void *pb)
{
  const xr_site *a = (const xr_site *) pa, *b = (const xr_site *) pb;
  expanded_location x = expand_location (a->loc);
  expanded_location y = expand_location (b->loc);
  int c = strcmp (x.file ? x.file : "", y.file ? y.file : "");
  if (c)
    return c;
  if (x.line != y.line)
    return x.line < y.line ? -1 : 1;
  if (x.column != y.column)
    return x.column < y.column ? -1 : 1;
  return strcmp (IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (a->callee)),
                 IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (b->callee)));
}

static const char *
xr_name (tree d)
{
  return IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (d));
}

void
xi_report_finish (void)
{
  if (xr_sites.is_empty ())
    return;

  /* Not-imported helpers: every site keeps its call.  A helper without a
     decision was not imported either (the unit failed before).  */
  static xi_refusal undecided;
  xi_refuse (&undecided, XI_R_UNDECIDED);
  for (unsigned i = 0; i < xr_sites.length (); i++)
    {
      const xr_helper *h = xr_helper_of (xr_sites[i].callee);
      if (!h || !h->imported)
        {
          xr_sites[i].state = XR_CALL;
          xr_sites[i].reason = h ? h->why : undecided.text;
        }
    }
  /* Imported helpers: edges still there were not inlined.  */
  cgraph_node *n;
  FOR_EACH_FUNCTION (n)
    for (cgraph_edge *e = n->callees; e; e = e->next_callee)
      {
        if (e->inline_failed == CIF_OK || !e->call_stmt)
          continue;
        location_t l = LOCATION_LOCUS (gimple_location (e->call_stmt));
        for (unsigned i = 0; i < xr_sites.length (); i++)
          {
            xr_site *s = &xr_sites[i];
            /* The caller may itself have been inlined elsewhere: match
               by callee and location.  */
            if (s->state == XR_INLINED && s->callee == e->callee->decl
                && LOCATION_LOCUS (s->loc) == l)
              {
                s->state = XR_CALL;
                s->reason = cgraph_inline_failed_string (e->inline_failed);
              }
          }
      }

  xr_sites.qsort (xr_cmp);
  /* The JSON lines of the unit are written with one write(2) in append
     mode, so that parallel compilations sharing a report file do not
     interleave their lines.  */
  xir_buf jb;
  xir_buf_init (&jb);
  for (unsigned i = 0; i < xr_sites.length (); i++)
    {
      const xr_site *s = &xr_sites[i];
      const char *callee = xr_name (s->callee);
      if (xi_opts.report && !xi_opts.report_file)
        {
          if (s->state == XR_INLINED)
            inform (s->loc, "%s: call to %qs inlined", XI_NAME, callee);
          else
            inform (s->loc, "%s: call to %qs not inlined: %s", XI_NAME,
                    callee, s->reason);
        }
      if (xi_opts.report_file)
        {
          expanded_location x = expand_location (s->loc);
          xr_put (&jb, "{\"file\":");
          xr_json_string (&jb, x.file);
          xr_put (&jb, ",\"line\":%d,\"column\":%d,\"caller\":", x.line,
                  x.column);
          xr_json_string (&jb, xr_name (s->caller));
          xr_put (&jb, ",\"callee\":");
          xr_json_string (&jb, callee);
          xr_put (&jb, ",\"inlined\":%s", s->state == XR_INLINED
                                           ? "true" : "false");
          if (s->state != XR_INLINED)
            {
              xr_put (&jb, ",\"reason\":");
              xr_json_string (&jb, s->reason);
            }
          xr_put (&jb, "}\n");
        }
    }
  if (xi_opts.report_file && jb.len)
    {
      int fd = open (xi_opts.report_file, O_WRONLY | O_APPEND | O_CREAT, 0666);
      if (fd < 0 || write (fd, jb.data, jb.len) != (ssize_t) jb.len)
        error ("%s: cannot write report file %qs: %s", XI_NAME,
               xi_opts.report_file, xstrerror (errno));
      if (fd >= 0)
        close (fd);
    }
  xir_buf_free (&jb);
  xr_sites.truncate (0);
}
