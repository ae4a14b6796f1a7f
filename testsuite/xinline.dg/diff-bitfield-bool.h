/* Shared by diff-bitfield-bool.c and its provider.  */
struct xi_bb
{
  unsigned f : 1;
  unsigned x : 6;
  unsigned g : 1;
};
