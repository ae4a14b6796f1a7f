/* Header of stale-provider.c (refusals.exp changes a copy of it).  */
static inline int xi_st_twice (int x) { return 2 * x; }
