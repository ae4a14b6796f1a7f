/* The helpers of imp-debug-provider.c, for imp-debug.c and
   imp-debug-dwarf4.c, and the data both programs pass them.  */
struct dbg_s { int a; long b; };

extern long xi_dbg_sum (const struct dbg_s *, int);
extern int xi_dbg_sel (int, int, int);

#define DBG_DATA { { 1, 10 }, { -2, 100 }, { 3, -1000 } }
