/* xipat.c - write and verify a position-dependent pattern on a block device
 * (or file), for the xiblk guest test.  Built static, runs in the initramfs.
 *
 *   xipat gen    FILE OFFSET LEN SEED
 *   xipat write  FILE OFFSET LEN CHUNK SEED [direct] [jobs]
 *   xipat verify FILE OFFSET LEN CHUNK SEED [direct] [jobs]
 *
 * Byte at absolute offset O is byte O%8 of splitmix64((O/8) ^ SEED), so data
 * written to or read from the wrong place is detected.  gen writes the
 * pattern of [OFFSET, OFFSET+LEN) to FILE (a regular file, created).  write
 * and verify cover [OFFSET, OFFSET+LEN) with pwrite/pread of CHUNK bytes
 * (the last one shorter); "direct" opens with O_DIRECT (OFFSET and CHUNK must
 * then be multiples of the logical block size).  JOBS > 1 forks that many
 * processes, each pinned to CPU (job % ncpus) and taking every JOBS-th
 * chunk, so that blk-mq sees I/O from several CPUs (hardware queues).
 * Exit status 0 on success; the first mismatch is printed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static uint64_t
mix (uint64_t x)
{
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

static void
fill (unsigned char *buf, uint64_t off, size_t len, uint64_t seed)
{
  for (size_t i = 0; i < len; i++)
    {
      uint64_t o = off + i;
      buf[i] = (unsigned char) (mix ((o >> 3) ^ seed) >> (8 * (o & 7)));
    }
}

static uint64_t
num (const char *s)
{
  char *end;
  errno = 0;
  unsigned long long v = strtoull (s, &end, 0);
  if (errno || *end || end == s)
    {
      fprintf (stderr, "xipat: bad number '%s'\n", s);
      exit (2);
    }
  return v;
}

static int
run (int job, int jobs, const char *mode, const char *file, uint64_t off,
     uint64_t len, uint64_t chunk, uint64_t seed, int direct)
{
  int write_mode = !strcmp (mode, "write");
  int fd = open (file, (write_mode ? O_WRONLY : O_RDONLY)
                 | (direct ? O_DIRECT : 0));
  if (fd < 0)
    {
      fprintf (stderr, "xipat: %s: %s\n", file, strerror (errno));
      return 1;
    }
  unsigned char *buf, *want;
  if (posix_memalign ((void **) &buf, 4096, chunk)
      || posix_memalign ((void **) &want, 4096, chunk))
    return 1;
  uint64_t n = 0;
  for (uint64_t pos = off; pos < off + len; pos += chunk, n++)
    {
      if ((int) (n % jobs) != job)
        continue;
      size_t this = off + len - pos < chunk ? off + len - pos : chunk;
      if (write_mode)
        {
          fill (buf, pos, this, seed);
          ssize_t w = pwrite (fd, buf, this, pos);
          if (w != (ssize_t) this)
            {
              fprintf (stderr, "xipat: pwrite %zu at %llu: %s\n", this,
                       (unsigned long long) pos,
                       w < 0 ? strerror (errno) : "short write");
              return 1;
            }
        }
      else
        {
          ssize_t r = pread (fd, buf, this, pos);
          if (r != (ssize_t) this)
            {
              fprintf (stderr, "xipat: pread %zu at %llu: %s\n", this,
                       (unsigned long long) pos,
                       r < 0 ? strerror (errno) : "short read");
              return 1;
            }
          fill (want, pos, this, seed);
          if (memcmp (buf, want, this))
            {
              size_t i = 0;
              while (buf[i] == want[i])
                i++;
              fprintf (stderr, "xipat: mismatch at offset %llu: got 0x%02x, "
                       "want 0x%02x\n", (unsigned long long) (pos + i),
                       buf[i], want[i]);
              return 1;
            }
        }
    }
  if (write_mode && fsync (fd))
    {
      fprintf (stderr, "xipat: fsync: %s\n", strerror (errno));
      return 1;
    }
  close (fd);
  return 0;
}

int
main (int argc, char **argv)
{
  if (argc == 6 && !strcmp (argv[1], "gen"))
    {
      uint64_t off = num (argv[3]), len = num (argv[4]), seed = num (argv[5]);
      FILE *f = fopen (argv[2], "w");
      unsigned char buf[65536];
      if (!f)
        {
          perror (argv[2]);
          return 1;
        }
      for (uint64_t p = off; p < off + len; p += sizeof buf)
        {
          size_t this = off + len - p < sizeof buf ? off + len - p : sizeof buf;
          fill (buf, p, this, seed);
          if (fwrite (buf, 1, this, f) != this)
            {
              perror (argv[2]);
              return 1;
            }
        }
      return fclose (f) ? 1 : 0;
    }
  if (argc < 7 || argc > 9
      || (strcmp (argv[1], "write") && strcmp (argv[1], "verify")))
    {
      fprintf (stderr, "usage: xipat gen FILE OFFSET LEN SEED\n"
               "       xipat write|verify FILE OFFSET LEN CHUNK SEED "
               "[direct|buffered] [jobs]\n");
      return 2;
    }
  uint64_t off = num (argv[3]), len = num (argv[4]), chunk = num (argv[5]);
  uint64_t seed = num (argv[6]);
  int direct = argc > 7 && !strcmp (argv[7], "direct");
  int jobs = argc > 8 ? (int) num (argv[8]) : 1;
  if (!chunk || jobs < 1 || jobs > 64)
    {
      fprintf (stderr, "xipat: bad CHUNK or JOBS\n");
      return 2;
    }
  if (jobs == 1)
    return run (0, 1, argv[1], argv[2], off, len, chunk, seed, direct);

  long ncpu = sysconf (_SC_NPROCESSORS_ONLN);
  if (ncpu < 1)
    ncpu = 1;
  for (int j = 0; j < jobs; j++)
    {
      pid_t pid = fork ();
      if (pid < 0)
        {
          perror ("fork");
          return 1;
        }
      if (pid == 0)
        {
          cpu_set_t set;
          CPU_ZERO (&set);
          CPU_SET (j % ncpu, &set);
          sched_setaffinity (0, sizeof set, &set);
          _exit (run (j, jobs, argv[1], argv[2], off, len, chunk, seed,
                      direct));
        }
    }
  int rc = 0, st;
  while (wait (&st) > 0)
    if (!WIFEXITED (st) || WEXITSTATUS (st))
      rc = 1;
  return rc;
}
