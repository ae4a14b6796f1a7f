/* init.c - the only program of the initramfs that `make check-rust-kernel'
 * boots (built with gcc -static): loads the Rust modules given in
 * /modules.txt (one file name a line, in order) with finit_module, runs I/O
 * on the rnull device /dev/rnullb0 (writes, then reads, 256 KiB in 4 KiB
 * blocks, with and without O_DIRECT), unloads the modules in reverse order
 * with delete_module and reboots (QEMU runs with -no-reboot: it exits).
 * Every step prints one "init: ..." line on the console; the check reads
 * them. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#define MAXMOD 16
#define BLK 4096
#define NBLK 64

static char names[MAXMOD][64];
static int nmod;

static void read_list(void)
{
	FILE *f = fopen("/modules.txt", "r");
	char line[64];

	if (!f) {
		printf("init: no /modules.txt: %s\n", strerror(errno));
		return;
	}
	while (nmod < MAXMOD && fgets(line, sizeof line, f)) {
		line[strcspn(line, "\n")] = 0;
		if (line[0])
			strcpy(names[nmod++], line);
	}
	fclose(f);
}

static int load(const char *file)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	long r;

	if (fd < 0) {
		printf("init: open %s: %s\n", file, strerror(errno));
		return -1;
	}
	r = syscall(SYS_finit_module, fd, "", 0);
	printf("init: load %s: %s\n", file, r == 0 ? "ok" : strerror(errno));
	close(fd);
	return r == 0 ? 0 : -1;
}

static void unload(const char *file)
{
	char mod[64];
	size_t n;
	long r;

	snprintf(mod, sizeof mod, "%s", file);
	n = strlen(mod);
	if (n > 3 && strcmp(mod + n - 3, ".ko") == 0)
		mod[n - 3] = 0;
	r = syscall(SYS_delete_module, mod, O_NONBLOCK);
	printf("init: unload %s: %s\n", mod, r == 0 ? "ok" : strerror(errno));
}

/* Writes then reads NBLK blocks; prints the bytes moved (not the data:
 * 6.12's rnull is not memory backed, what it reads is undefined). */
static void io(int direct)
{
	static char buf[BLK] __attribute__((aligned(BLK)));
	long wr = 0, rd = 0;
	int fd, i;

	fd = open("/dev/rnullb0", O_RDWR | (direct ? O_DIRECT : 0));
	if (fd < 0) {
		printf("init: open /dev/rnullb0: %s\n", strerror(errno));
		return;
	}
	memset(buf, 0x5a, sizeof buf);
	for (i = 0; i < NBLK; i++)
		if (write(fd, buf, BLK) == BLK)
			wr += BLK;
	if (fsync(fd) != 0)
		printf("init: fsync: %s\n", strerror(errno));
	lseek(fd, 0, SEEK_SET);
	for (i = 0; i < NBLK; i++)
		if (read(fd, buf, BLK) == BLK)
			rd += BLK;
	close(fd);
	printf("init: rnull io%s: wrote %ld read %ld\n", direct ? " direct" : "", wr, rd);
}

int main(void)
{
	int i, ok = 0;

	mkdir("/dev", 0755);
	if (mount("devtmpfs", "/dev", "devtmpfs", 0, NULL) != 0)
		printf("init: mount /dev: %s\n", strerror(errno));
	mkdir("/proc", 0755);
	mount("proc", "/proc", "proc", 0, NULL);
	read_list();
	for (i = 0; i < nmod; i++)
		if (load(names[i]) == 0)
			ok++;
	printf("init: loaded %d of %d\n", ok, nmod);
	io(0);
	io(1);
	for (i = nmod - 1; i >= 0; i--)
		unload(names[i]);
	printf("init: done\n");
	fflush(stdout);
	sync();
	reboot(RB_AUTOBOOT);	/* qemu -no-reboot exits */
	return 0;
}
