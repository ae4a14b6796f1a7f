/* Provider for imp-bitfield-rmw.c: a bit-field getter and setter.  */
#include <xinline.h>
#include "imp-bitfield-rmw.h"

__xinline unsigned dev_mode (const struct dev *d) { return d->mode; }
__xinline void dev_set_mode (struct dev *d, unsigned m) { d->mode = m; }
