#!/bin/sh
# guest-init.sh - /init of the xiblk test initramfs (busybox sh).
#
# Kernel command line: xitest=FLAVOUR (a directory /xiblk/FLAVOUR holding
# xiblk_helpers.ko and xiblk.ko) or xitest=probe (print a line, power off).
# Every test prints "XITEST PASS name" or "XITEST FAIL name" on the console;
# the host counts them.  "XITEST DONE" ends a complete run.  The kernel log
# is printed between "XITEST DMESG BEGIN" and "XITEST DMESG END" (t, pass,
# fail, wait_until, guest_finish: examples/kernel-helpers/guest-lib.sh,
# /lib/guest-lib.sh here).
. /lib/guest-lib.sh
guest_setup

flavour=$(sed -n 's/.*xitest=\([A-Za-z0-9_-]*\).*/\1/p' /proc/cmdline)
echo "XITEST BOOTED flavour=$flavour uptime=$(cut -d' ' -f1 /proc/uptime) cpus=$(nproc)"

if [ "$flavour" = probe ]; then
	echo "XITEST PROBE OK"
	poweroff -f
	sleep 30
fi

mods=/xiblk/$flavour
dev=/dev/xiblk0
MB=1048576

label=$flavour

gone_dev() { wait_until [ ! -e $dev ]; }

drop_caches() {
	sync
	blockdev --flushbufs $dev
	echo 3 >/proc/sys/vm/drop_caches
}

# The pattern across the whole device with dd: regions with unaligned
# boundaries, each written with its own block size, half of them from CPU 0
# and half from CPU 1, at the same time.
dd_pattern() {
	size=$1
	seed=$2
	xipat gen /tmp/pat 0 $size $seed || return 1
	nreg=8
	reg=$((size / nreg))
	set -- 512 4096 65536 1048576 3000 777 131072 12345
	i=0
	pids=
	while [ $i -lt $nreg ]; do
		start=$((i * reg + (i * 1237) % 4096))
		[ $i -eq 0 ] && start=0
		end=$(((i + 1) * reg + ((i + 1) * 1237) % 4096))
		[ $i -eq $((nreg - 1)) ] && end=$size
		eval bsz=\${$((i + 1))}
		taskset -c $((i % 2)) dd if=/tmp/pat of=$dev bs=$bsz \
			skip=$start seek=$start count=$((end - start)) \
			iflag=skip_bytes,count_bytes oflag=seek_bytes \
			conv=notrunc 2>/tmp/dd.$i &
		pids="$pids $!"
		i=$((i + 1))
	done
	rc=0
	for p in $pids; do
		wait $p || rc=1
	done
	[ $rc = 0 ] || { cat /tmp/dd.*; return 1; }
	drop_caches
	cmp /tmp/pat $dev || return 1
	rm -f /tmp/pat
}

# Direct I/O from two CPUs at once (both hardware queues), chunk sizes that
# are multiples of the logical block size, then verified buffered.
direct_pattern() {
	size=$1
	bsz=$2
	seed=$3
	xipat write $dev 0 $size $((bsz * 7)) $seed direct 2 || return 1
	xipat verify $dev 0 $size $((bsz * 3)) $seed direct 2 || return 1
	drop_caches
	xipat verify $dev 0 $size 65536 $seed buffered 1
}

null_zeroes() {
	# One half from each CPU, so that both hardware queues see requests
	# however the scheduler would have placed a single dd.
	taskset -c 0 dd if=/dev/urandom of=$dev bs=65536 count=8 oflag=direct || return 1
	taskset -c 1 dd if=/dev/urandom of=$dev bs=65536 count=8 seek=8 oflag=direct || return 1
	drop_caches
	n=$( (taskset -c 1 dd if=$dev bs=65536 count=8 iflag=direct 2>/dev/null
	      taskset -c 0 dd if=$dev bs=65536 count=8 skip=8 iflag=direct 2>/dev/null) |
	    tr -d '\000' | wc -c)
	echo "non-zero bytes read: $n"
	[ "$n" = 0 ]
}

fio_tests() {
	size=$1
	half=$((size / 2))
	common="--filename=$dev --direct=1 --ioengine=libaio --iodepth=16 --numjobs=2 --cpus_allowed=0-1 --cpus_allowed_policy=split --size=$half --offset_increment=$half --group_reporting --randrepeat=1"
	t "$cname: fio randwrite, 4k-64k blocks, iodepth 16, 2 jobs, crc32c verify" fio --name=randwrite $common --rw=randwrite \
		--bsrange=4k-64k --verify=crc32c --verify_fatal=1 --do_verify=1 || return 1
	t "$cname: fio verify_only re-read of the randwrite data" fio --name=randwrite $common \
		--rw=randwrite --bsrange=4k-64k --verify=crc32c --verify_fatal=1 \
		--verify_only || return 1
	t "$cname: fio randread 4k, 3 s" fio --name=randread $common --rw=randread --bs=4k \
		--runtime=3 --time_based
}

# run_config NAME SIZE_MB PARAMS...: one module configuration.
run_config() {
	cname=$1
	size_mb=$2
	shift 2
	size=$((size_mb * MB))
	dmesg -c >/dev/null
	t "$cname: insmod xiblk $*" insmod $mods/xiblk.ko size_mb=$size_mb "$@" || return
	if ! t "$cname: $dev appears" wait_dev $dev; then
		rmmod xiblk
		return
	fi
	t "$cname: capacity is $size_mb MiB" sh -c "[ \$(blockdev --getsize64 $dev) = $size ]"
	lbs=$(blockdev --getss $dev)
	case " $* " in
	*" memory_backed=0 "*)
		t "$cname: null device reads zeroes after writes" null_zeroes
		;;
	*)
		t "$cname: dd pattern across the device, 8 block sizes, unaligned offsets, 2 CPUs" \
			dd_pattern $size $((size_mb + 11))
		t "$cname: O_DIRECT pattern from 2 CPUs, read back direct and buffered" \
			direct_pattern $size $lbs $((size_mb + 23))
		fio_tests $size
		;;
	esac
	t "$cname: rmmod xiblk" rmmod xiblk
	t "$cname: $dev is gone" gone_dev
	dmesg >/tmp/cfg.log
	sed 's/^/    dmesg| /' /tmp/cfg.log | grep 'xiblk'
	if grep -q 'pages leaked' /tmp/cfg.log; then
		fail "$cname: no pages leaked"
	else
		pass "$cname: no pages leaked"
	fi
	# Each configured hardware queue saw requests.
	nq=$(sed -n 's/.* \([0-9]*\) hw queues.*/\1/p' /tmp/cfg.log | tail -n 1)
	used=$(grep -c 'hw queue [0-9]*: [1-9][0-9]* requests' /tmp/cfg.log)
	if [ -n "$nq" ] && [ "$used" = "$nq" ]; then
		pass "$cname: all $nq hw queues served requests"
	else
		fail "$cname: all ${nq:-?} hw queues served requests (only $used did)"
	fi
}

if [ ! -d "$mods" ]; then
	fail "modules for flavour '$flavour' present"
	guest_finish
fi

t "insmod xiblk_helpers" insmod $mods/xiblk_helpers.ko || guest_finish

run_config "default (512 B blocks, 2 queues, inline completion)" 32 \
	bs=512 nr_hw_queues=2 queue_depth=32 memory_backed=1 complete_inline=1
run_config "4 KiB blocks, 2 queues, completion via blk_mq_complete_request" 16 \
	bs=4096 nr_hw_queues=2 queue_depth=8 memory_backed=1 complete_inline=0
run_config "1 queue of depth 2" 8 \
	bs=512 nr_hw_queues=1 queue_depth=2 memory_backed=1 complete_inline=1
run_config "null device" 8 \
	bs=4096 nr_hw_queues=2 queue_depth=16 memory_backed=0 complete_inline=0

t "rmmod xiblk_helpers" rmmod xiblk_helpers
guest_finish
