#!/bin/sh
# guest-fio.sh - /init of the benchmark initramfs (busybox sh): fio on
# /dev/xiblk0 with the plain and the xinline build of xiblk, alternated.
#
# Kernel command line:
#   xibench=probe            print a line and power off (KVM probe)
#   xibench=run              the benchmark
#   xibench_rounds=R         rounds (default 2); odd rounds run xinline
#                            first, even rounds plain first
#   xibench_runtime=S        seconds per fio run (default 2)
# The modules are /xiblk/FLAVOUR/{xiblk_helpers,xiblk}.ko.
# Output lines (console), parsed by the host:
#   XIBENCH RES FLAVOUR ROUND RW BS QD IOPS LAT_MEAN_US
#   XIBENCH CALLS FLAVOUR RW BS QD HELPER_CALLS IOS
#   XIBENCH FAIL text / XIBENCH DONE
export PATH=/bin:/sbin:/usr/bin:/usr/sbin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev 2>/dev/null
mount -t tmpfs tmpfs /tmp
mount -t tracefs tracefs /sys/kernel/tracing 2>/dev/null

arg() { sed -n "s/.*$1=\([A-Za-z0-9_.-]*\).*/\1/p" /proc/cmdline; }
mode=$(arg xibench)
rounds=$(arg xibench_rounds)
runtime=$(arg xibench_runtime)
rounds=${rounds:-2}
runtime=${runtime:-2}
echo "XIBENCH BOOTED mode=$mode uptime=$(cut -d' ' -f1 /proc/uptime) cpus=$(nproc)"

finish() {
	echo "XIBENCH DMESG BEGIN"
	dmesg | tail -n 40
	echo "XIBENCH DMESG END"
	echo "XIBENCH DONE uptime=$(cut -d' ' -f1 /proc/uptime)"
	sync
	poweroff -f
	sleep 30
}

if [ "$mode" = probe ]; then
	echo "XIBENCH PROBE OK"
	poweroff -f
	sleep 30
fi

dev=/dev/xiblk0
T=/sys/kernel/tracing

wait_dev() {
	i=0
	while [ ! -b $dev ] && [ $i -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	[ -b $dev ]
}

load() {
	insmod /xiblk/$1/xiblk_helpers.ko &&
		insmod /xiblk/$1/xiblk.ko size_mb=64 bs=512 nr_hw_queues=2 \
			queue_depth=64 memory_backed=1 complete_inline=1 &&
		wait_dev &&
		# every page of the device allocated: reads and writes then do
		# the same work whatever was written before
		dd if=/dev/zero of=$dev bs=1M count=64 oflag=direct 2>/dev/null
}

unload() {
	rmmod xiblk
	rmmod xiblk_helpers
}

# fio_run RW BS QD [fio args...]: one job on CPU 0, libaio, O_DIRECT.
fio_run() {
	rw=$1 bs=$2 qd=$3
	shift 3
	fio --name=b --filename=$dev --direct=1 --ioengine=libaio --iodepth=$qd \
		--rw=$rw --bs=$bs --size=64M --cpus_allowed=0 --randrepeat=1 \
		--norandommap --minimal "$@"
}

# One line per run: IOPS and mean total latency (us) of the direction run.
bench() {
	fl=$1 round=$2
	for bs in 4k 512; do
		for rw in randread randwrite; do
			for qd in 1 32; do
				out=$(fio_run $rw $bs $qd --runtime=$runtime --time_based 2>&1)
				case $rw in
				randread) res=$(echo "$out" | awk -F';' 'NF > 80 { print $8, $40 }') ;;
				*) res=$(echo "$out" | awk -F';' 'NF > 80 { print $49, $81 }') ;;
				esac
				if [ -n "$res" ]; then
					echo "XIBENCH RES $fl $round $rw $bs $qd $res"
				else
					echo "XIBENCH FAIL fio $fl $rw $bs $qd: $(echo "$out" | tail -n 3)"
				fi
			done
		done
	done
}

# Helper calls per I/O: the function tracer on xiblk_helper_* while fio
# does a fixed number of I/Os.
calls() {
	fl=$1
	[ -d $T ] || { echo "XIBENCH FAIL no tracefs"; return; }
	echo 16384 >$T/buffer_size_kb
	for cfg in "randread 4k 1" "randwrite 4k 1" "randread 512 1" "randwrite 512 1"; do
		set -- $cfg
		echo 0 >$T/tracing_on
		echo nop >$T/current_tracer
		echo >$T/trace
		if ! echo 'xiblk_helper_*' >$T/set_ftrace_filter 2>/dev/null; then
			# no traceable helper at all (e.g. none left out of line)
			echo "XIBENCH CALLS $fl $1 $2 $3 0 0"
			continue
		fi
		echo function >$T/current_tracer
		echo 1 >$T/tracing_on
		fio_run $1 $2 $3 --number_ios=1000 >/tmp/fio.out 2>&1
		echo 0 >$T/tracing_on
		n=$(grep -c ' xiblk_helper_' $T/trace)
		ios=$(awk -F';' 'NF > 80 { print ($6 + $47) * 1024 }' /tmp/fio.out)
		over=$(cat $T/per_cpu/cpu*/stats | awk '/^overrun/ { s += $2 } END { print s + 0 }')
		[ "$over" = 0 ] || echo "XIBENCH FAIL trace buffer overrun ($over)"
		case $2 in
		4k) ios=$((ios / 4096)) ;;
		*) ios=$((ios / 512)) ;;
		esac
		echo "XIBENCH CALLS $fl $1 $2 $3 $n $ios"
		echo nop >$T/current_tracer
		echo >$T/set_ftrace_filter
	done
}

for fl in xinline plain; do
	load $fl || { echo "XIBENCH FAIL load $fl"; finish; }
	calls $fl
	unload
done

rnd=1
while [ $rnd -le $rounds ]; do
	if [ $((rnd % 2)) = 1 ]; then order="xinline plain"; else order="plain xinline"; fi
	for fl in $order; do
		load $fl || { echo "XIBENCH FAIL load $fl"; finish; }
		bench $fl $rnd
		unload
	done
	rnd=$((rnd + 1))
done
finish
