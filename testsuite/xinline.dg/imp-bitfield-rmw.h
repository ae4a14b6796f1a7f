/* imp-bitfield-rmw.c's structure: a 3-bit field between a word and its
   byte neighbours.  */
struct dev {
  unsigned int flags;
  unsigned int mode : 3;
  unsigned int ready : 1;
  unsigned int prio : 4;
};
