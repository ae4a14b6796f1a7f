#!/bin/sh
# guest-init.sh - /init of the `make check-modules' initramfs (busybox sh).
# For each build in /m (plain, xinline), loads brd.ko and writes and
# verifies a pattern through /dev/ram0, then loads loop.ko, attaches a file
# on a tmpfs to /dev/loop0, writes and verifies through /dev/loop0 and checks
# the file, unloading both.  Prints "XITEST PASS|FAIL BUILD: what" lines,
# the kernel log and "XITEST DONE" (guest_finish of
# examples/kernel-helpers/guest-lib.sh, /lib/guest-lib.sh here).
. /lib/guest-lib.sh
guest_setup
echo "XITEST BOOTED uptime=$(cut -d' ' -f1 /proc/uptime)"

MIB=16
seed=1
for fl in plain xinline; do
	label=$fl
	seed=$((seed + 1))
	if t "insmod brd.ko" insmod /m/$fl/brd.ko rd_nr=1 rd_size=$((MIB * 1024)) &&
		t "/dev/ram0 appears" wait_dev /dev/ram0; then
		t "brd: $MIB MiB written and verified through /dev/ram0 (O_DIRECT)" \
			xiblkio verify /dev/ram0 $MIB $seed
		t "rmmod brd" rmmod brd
	fi
	seed=$((seed + 1))
	if t "insmod loop.ko" insmod /m/$fl/loop.ko &&
		t "/dev/loop0 appears" wait_dev /dev/loop0; then
		dd if=/dev/zero of=/tmp/backing bs=1M count=$MIB 2>/dev/null
		if t "loop: /tmp/backing (tmpfs) attached to /dev/loop0" \
			xiblkio loop-attach /dev/loop0 /tmp/backing; then
			t "loop: $MIB MiB written and verified through /dev/loop0 (O_DIRECT)" \
				xiblkio verify /dev/loop0 $MIB $seed
			t "loop: detached" xiblkio loop-detach /dev/loop0
			t "loop: the backing file holds the pattern" \
				xiblkio check /tmp/backing $MIB $seed
		fi
		rm -f /tmp/backing
		t "rmmod loop" rmmod loop
	fi
done

guest_finish
