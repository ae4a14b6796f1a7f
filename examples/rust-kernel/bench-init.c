/* bench-init.c - /init of the traced kernel of bench-ftrace.sh (gcc
 * -static): for each line "LABEL FILE.ko" of /bench.txt, loads the module,
 * counts the calls of every rust_helper_* function with the function
 * profiler (tracefs, CONFIG_FUNCTION_PROFILER) while it reads NIO blocks of
 * 4 KiB with O_DIRECT from /dev/rnullb0, unloads it, and prints
 * "bench: LABEL FUNCTION HITS" lines and "bench: LABEL total HITS for NIO
 * I/Os"; then reboots (QEMU runs with -no-reboot: it exits). */
#define _GNU_SOURCE
#include <dirent.h>
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

#define NIO 1000
#define T "/tracing/"

static int put(const char *file, const char *s)
{
	int fd = open(file, O_WRONLY | O_TRUNC);
	int ok = fd >= 0 && write(fd, s, strlen(s)) == (ssize_t)strlen(s);

	if (fd >= 0)
		close(fd);
	if (!ok)
		printf("bench: write %s: %s\n", file, strerror(errno));
	return ok ? 0 : -1;
}

static void io(void)
{
	static char buf[4096] __attribute__((aligned(4096)));
	int fd = open("/dev/rnullb0", O_RDONLY | O_DIRECT), i, n = 0;

	if (fd < 0) {
		printf("bench: open /dev/rnullb0: %s\n", strerror(errno));
		return;
	}
	for (i = 0; i < NIO; i++) {
		lseek(fd, 0, SEEK_SET);
		if (read(fd, buf, sizeof buf) == (ssize_t)sizeof buf)
			n++;
	}
	close(fd);
	if (n != NIO)
		printf("bench: only %d of %d reads\n", n, NIO);
}

/* Sums the hit counts of each function over trace_stat/function<CPU>. */
static void report(const char *label)
{
	char names[64][96], line[512], name[96], path[300];
	long hits[64] = { 0 }, h, total = 0;
	int n = 0, i;
	struct dirent *e;
	DIR *d = opendir(T "trace_stat");
	FILE *f;

	while (d && (e = readdir(d))) {
		if (strncmp(e->d_name, "function", 8) != 0)
			continue;
		snprintf(path, sizeof path, T "trace_stat/%s", e->d_name);
		f = fopen(path, "r");
		while (f && fgets(line, sizeof line, f)) {
			if (sscanf(line, " %95s %ld", name, &h) != 2 || strncmp(name, "rust_helper_", 12))
				continue;
			for (i = 0; i < n && strcmp(names[i], name); i++)
				;
			if (i == n && n < 64)
				strcpy(names[n++], name);
			if (i < n)
				hits[i] += h;
		}
		if (f)
			fclose(f);
	}
	if (d)
		closedir(d);
	for (i = 0; i < n; i++) {
		printf("bench: %s %s %ld\n", label, names[i], hits[i]);
		total += hits[i];
	}
	printf("bench: %s total %ld for %d I/Os\n", label, total, NIO);
}

static void run(const char *label, const char *file)
{
	int fd = open(file, O_RDONLY | O_CLOEXEC);
	char mod[192];

	if (fd < 0 || syscall(SYS_finit_module, fd, "", 0) != 0) {
		printf("bench: load %s: %s\n", file, strerror(errno));
		return;
	}
	close(fd);
	io();	/* warm up: the first I/Os read the partition table */
	put(T "function_profile_enabled", "0");
	put(T "function_profile_enabled", "1");
	io();
	put(T "function_profile_enabled", "0");
	report(label);
	snprintf(mod, sizeof mod, "%s", strrchr(file, '/') ? strrchr(file, '/') + 1 : file);
	mod[strcspn(mod, ".")] = 0;
	if (syscall(SYS_delete_module, mod, O_NONBLOCK) != 0)
		printf("bench: unload %s: %s\n", mod, strerror(errno));
}

int main(void)
{
	char line[256], label[64], file[192];
	FILE *f;

	mkdir("/dev", 0755);
	mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mkdir("/tracing", 0755);
	if (mount("tracefs", "/tracing", "tracefs", 0, NULL) != 0)
		printf("bench: mount tracefs: %s\n", strerror(errno));
	put(T "set_ftrace_filter", "rust_helper_*");
	f = fopen("/bench.txt", "r");
	while (f && fgets(line, sizeof line, f))
		if (sscanf(line, "%63s %191s", label, file) == 2)
			run(label, file);
	if (f)
		fclose(f);
	printf("bench: done\n");
	fflush(stdout);
	reboot(RB_AUTOBOOT);
	return 0;
}
