#!/bin/sh
# guest-init.sh - /init of the `make check-modules' initramfs (busybox sh).
# For each build in /m (plain, xinline), loads brd.ko and writes and
# verifies a pattern through /dev/ram0, then loads loop.ko, attaches a file
# on a tmpfs to /dev/loop0, writes and verifies through /dev/loop0 and checks
# the file, unloading both.  Prints "XITEST PASS|FAIL BUILD: what" lines,
# the kernel log between "XITEST DMESG BEGIN/END" and "XITEST DONE".
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
echo "XITEST BOOTED uptime=$(cut -d' ' -f1 /proc/uptime)"

MIB=16
# t NAME COMMAND...: one check; COMMAND's output is shown on failure.
t() {
	name=$1
	shift
	if "$@" >/tmp/t.out 2>&1; then
		echo "XITEST PASS $fl: $name"
		return 0
	fi
	echo "XITEST FAIL $fl: $name"
	sed 's/^/    | /' /tmp/t.out
	return 1
}
# wait_dev DEV: true once DEV exists (5 seconds at most).
wait_dev() {
	i=0
	while [ ! -b "$1" ] && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -b "$1" ]
}

seed=1
for fl in plain xinline; do
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

echo "XITEST DMESG BEGIN"
dmesg
echo "XITEST DMESG END"
echo "XITEST DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
sync
poweroff -f
sleep 30
