/* Provider for imp-member-ref.c: getters and setters of record members
   through a pointer parameter.  */
#include <xinline.h>
#include "imp-member-ref.h"

__xinline unsigned bio_size (const struct bio *b) { return b->size; }
__xinline unsigned bio_first_len (const struct bio *b) { return b->segs->len; }
__xinline void bio_set_size (struct bio *b, unsigned s) { b->size = s; }
__xinline unsigned dev_mode (const struct dev *d) { return d->mode; }
__xinline void dev_set_mode (struct dev *d, unsigned m) { d->mode = m; }
__xinline void dev_add (struct dev *d, unsigned long n) { d->sectors += n; }
