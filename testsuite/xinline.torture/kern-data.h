/* Types shared by kern-data.c and kern-data-provider.c.  */
#include <stdint.h>

struct xi_kd_hdr {
  uint8_t type;
  uint32_t len;
  uint16_t csum;
} __attribute__ ((packed));

struct xi_kd_flags {
  unsigned int state : 4;
  signed int prio : 5;
  unsigned int users : 12;
  unsigned int on_list : 1;
};

struct xi_kd_node {
  unsigned long parent_color;
  struct xi_kd_node *left, *right;
};
