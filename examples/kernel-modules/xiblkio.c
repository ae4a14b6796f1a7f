/* xiblkio.c - the guest's I/O program of `make check-modules' (static,
 * run by guest-init.sh): writes a pattern through a block device and reads
 * it back, and attaches a file to a loop device by ioctl.
 *
 *   xiblkio verify DEV MIB SEED      write MIB MiB of a SEED pattern to DEV
 *                                    with O_DIRECT (straight to the driver,
 *                                    not the page cache), read it back with
 *                                    O_DIRECT and compare
 *   xiblkio check FILE MIB SEED      FILE holds that pattern (a loop
 *                                    device's backing file)
 *   xiblkio loop-attach DEV FILE     LOOP_CONFIGURE (LOOP_SET_FD when the
 *                                    kernel has no LOOP_CONFIGURE)
 *   xiblkio loop-detach DEV          LOOP_CLR_FD
 * Exits 0 on success; says what went wrong otherwise.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/loop.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#define CHUNK (1 << 20)

/* The pattern: every 8-byte word is a function of its offset and SEED. */
static void fill(unsigned char *buf, uint64_t off, uint64_t seed)
{
	uint64_t *w = (uint64_t *) buf;
	size_t i;

	for (i = 0; i < CHUNK / 8; i++) {
		uint64_t x = (off + i * 8) ^ (seed * 0x9e3779b97f4a7c15ull);
		x ^= x >> 31;
		x *= 0xbf58476d1ce4e5b9ull;
		w[i] = x ^ (x >> 29);
	}
}

static int fail(const char *what, const char *name)
{
	fprintf(stderr, "xiblkio: %s %s: %s\n", what, name, strerror(errno));
	return 1;
}

/* io FD BUF OFF WRITE: one CHUNK at OFF, fully. */
static int io(int fd, unsigned char *buf, uint64_t off, int wr)
{
	ssize_t n = wr ? pwrite(fd, buf, CHUNK, (off_t) off)
		       : pread(fd, buf, CHUNK, (off_t) off);
	return n == CHUNK ? 0 : -1;
}

/* compare: read MIB chunks of FD (O_DIRECT or not) and check the pattern. */
static int compare(int fd, const char *name, long mib, uint64_t seed,
		   unsigned char *buf, unsigned char *want)
{
	long i;

	for (i = 0; i < mib; i++) {
		uint64_t off = (uint64_t) i * CHUNK;
		if (io(fd, buf, off, 0))
			return fail("read", name);
		fill(want, off, seed);
		if (memcmp(buf, want, CHUNK) != 0) {
			fprintf(stderr, "xiblkio: %s: MiB %ld differs from the pattern\n", name, i);
			return 1;
		}
	}
	printf("xiblkio: %s: %ld MiB verified\n", name, mib);
	return 0;
}

static int verify(const char *dev, long mib, uint64_t seed, int direct_write)
{
	unsigned char *buf, *want;
	int fd;
	long i;

	if (posix_memalign((void **) &buf, 4096, CHUNK) ||
	    posix_memalign((void **) &want, 4096, CHUNK))
		return fail("allocate for", dev);
	if (direct_write) {
		fd = open(dev, O_RDWR | O_DIRECT);
		if (fd < 0)
			return fail("open", dev);
		for (i = 0; i < mib; i++) {
			fill(buf, (uint64_t) i * CHUNK, seed);
			if (io(fd, buf, (uint64_t) i * CHUNK, 1))
				return fail("write", dev);
		}
		if (fsync(fd))
			return fail("fsync", dev);
		close(fd);
	}
	fd = open(dev, direct_write ? O_RDONLY | O_DIRECT : O_RDONLY);
	if (fd < 0)
		return fail("open", dev);
	if (compare(fd, dev, mib, seed, buf, want))
		return 1;
	close(fd);
	return 0;
}

static int loop_attach(const char *dev, const char *file)
{
	struct loop_config cfg;
	int lfd, ffd;

	ffd = open(file, O_RDWR);
	if (ffd < 0)
		return fail("open", file);
	lfd = open(dev, O_RDWR);
	if (lfd < 0)
		return fail("open", dev);
	memset(&cfg, 0, sizeof(cfg));
	cfg.fd = (unsigned) ffd;
	cfg.block_size = 512;
	if (ioctl(lfd, LOOP_CONFIGURE, &cfg) == 0) {
		printf("xiblkio: %s: %s attached (LOOP_CONFIGURE)\n", dev, file);
		return 0;
	}
	if (errno != EINVAL && errno != ENOTTY)
		return fail("LOOP_CONFIGURE", dev);
	if (ioctl(lfd, LOOP_SET_FD, ffd) != 0)
		return fail("LOOP_SET_FD", dev);
	printf("xiblkio: %s: %s attached (LOOP_SET_FD)\n", dev, file);
	return 0;
}

static int loop_detach(const char *dev)
{
	int fd = open(dev, O_RDWR);

	if (fd < 0)
		return fail("open", dev);
	if (ioctl(fd, LOOP_CLR_FD, 0) != 0)
		return fail("LOOP_CLR_FD", dev);
	return 0;
}

int main(int argc, char **argv)
{
	if (argc == 5 && strcmp(argv[1], "verify") == 0)
		return verify(argv[2], atol(argv[3]), strtoull(argv[4], NULL, 0), 1);
	if (argc == 5 && strcmp(argv[1], "check") == 0)
		return verify(argv[2], atol(argv[3]), strtoull(argv[4], NULL, 0), 0);
	if (argc == 4 && strcmp(argv[1], "loop-attach") == 0)
		return loop_attach(argv[2], argv[3]);
	if (argc == 3 && strcmp(argv[1], "loop-detach") == 0)
		return loop_detach(argv[2]);
	fprintf(stderr, "usage: xiblkio verify DEV MIB SEED | check FILE MIB SEED | "
		"loop-attach DEV FILE | loop-detach DEV\n");
	return 2;
}
