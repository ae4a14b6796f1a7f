# guest-lib.sh - shell functions shared by the /init scripts of the booted
# kernel checks (busybox sh): examples/xiblk/test/guest-init.sh (make
# check-kernel) and examples/kernel-modules/guest-init.sh (make
# check-modules).  Both check scripts copy it to /lib/guest-lib.sh of their
# initramfs; /init sources it.  Every check prints "XITEST PASS LABEL: name"
# or "XITEST FAIL LABEL: name" on the console (LABEL: $label, set by /init);
# the host counts them.  guest_finish prints the kernel log between "XITEST
# DMESG BEGIN" and "XITEST DMESG END", then "XITEST DONE", and powers off.

# guest_setup: PATH and the file systems /init needs.
guest_setup() {
	export PATH=/bin:/sbin:/usr/bin:/usr/sbin
	mount -t proc proc /proc
	mount -t sysfs sysfs /sys
	mount -t devtmpfs devtmpfs /dev 2>/dev/null
	mount -t tmpfs tmpfs /tmp
}

pass() { echo "XITEST PASS $label: $*"; }
fail() { echo "XITEST FAIL $label: $*"; }

# t NAME COMMAND...: one check; COMMAND's output is shown on failure.
t() {
	name=$1
	shift
	if "$@" >/tmp/t.out 2>&1; then
		pass "$name"
		return 0
	fi
	fail "$name"
	sed 's/^/    | /' /tmp/t.out
	return 1
}

# wait_until TEST...: true once TEST is, trying for 5 seconds.
wait_until() {
	i=0
	while ! "$@" && [ $i -lt 50 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	"$@"
}

# wait_dev DEV: true once the block device DEV exists (5 seconds at most).
wait_dev() { wait_until [ -b "$1" ]; }

# guest_finish: the kernel log, "XITEST DONE", power off.
guest_finish() {
	echo "XITEST DMESG BEGIN"
	dmesg
	echo "XITEST DMESG END"
	echo "XITEST DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
	sync
	poweroff -f
	sleep 30
}
