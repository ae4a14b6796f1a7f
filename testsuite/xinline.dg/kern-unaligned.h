/* Types shared by kern-unaligned.c and kern-unaligned-provider.c.  */
#include <stdint.h>

/* A packed wire header read and updated in place */
struct xi_ku_wire {
  uint8_t type;
  uint32_t len;
  uint16_t port;
  uint64_t cookie;
} __attribute__ ((packed));

/* Bit-fields: flags words in the kernel style, signed and unsigned,
   straddling bytes, a bool, a 64-bit container, in a packed struct, and a
   group of adjacent bit-fields wider than 64 bits */
struct xi_ku_flags {
  unsigned int state : 3;
  unsigned int dirty : 1;
  signed int delta : 6;
  unsigned int count : 14;
  _Bool busy : 1;
  unsigned char sep;
  unsigned long long big : 40;
  unsigned long long tail : 20;
};
struct xi_ku_wide {
  unsigned int lo : 30;
  unsigned long long hi : 40;   /* one group of 70 bits: a 128-bit representative */
};
struct xi_ku_pflags {
  uint8_t tag;
  unsigned int mid : 13;
  unsigned int hi : 11;
} __attribute__ ((packed));
