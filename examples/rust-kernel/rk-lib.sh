# rk-lib.sh - shell functions of check.sh and bench-ftrace.sh (sourced after
# kcheck-lib.sh; they set SRC, KSRC, JOBS and here).

# kmake ARGS...: kbuild/rust-kernel.sh in the unpacked 6.12 tree KSRC with
# Debian's rustc and the bindgen wrapper; ARGS: O=, M=, XINLINE_*, targets.
kmake() {
	"$SRC/kbuild/rust-kernel.sh" -C "$KSRC" -j"$JOBS" ARCH=x86_64 RUSTC=/usr/bin/rustc \
		HOSTRUSTC=/usr/bin/rustc RUSTDOC=/usr/bin/rustdoc BINDGEN="$here/bindgen-0.60.sh" "$@"
}

# qemu_boot BZIMAGE INITRAMFS LOG: boots under QEMU (TCG, 2 CPUs, 512 MiB,
# serial console) until /init reboots or RK_TIMEOUT (300 s) passes; LOG
# without carriage returns.
qemu_boot() {
	timeout "${RK_TIMEOUT:-300}" qemu-system-x86_64 -accel tcg -cpu max -smp 2 -m 512 \
		-nographic -no-reboot -kernel "$1" -initrd "$2" \
		-append "console=ttyS0 panic=-1 rdinit=/init" </dev/null 2>&1 | tr -d '\r' >"$3"
}
