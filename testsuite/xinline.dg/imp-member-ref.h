/* imp-member-ref.c's structures: an array of records inside a larger
   one, a bit-field byte between scalars.  */
struct seg { char *base; unsigned int off, len; };
struct bio {
  struct seg *segs;
  unsigned int nsegs;
  unsigned int size;
};
struct dev {
  unsigned int flags;
  unsigned int mode : 3;
  unsigned int ready : 1;
  unsigned int prio : 4;
  unsigned long sectors;
};
struct ctx {
  char pad[24576];
  struct bio bios[64];
  struct dev devs[64];
};
