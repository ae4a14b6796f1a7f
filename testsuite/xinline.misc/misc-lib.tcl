# xinline.misc/misc-lib.tcl -- procedures shared by the xinline.misc/*.exp
# tests (sourced by them; not a test itself).  They build on
# lib/xinline.exp (xinline-spawn, xinline-common-flags, ...).

# A fresh scratch directory objdir/tmp/xinline.misc/NAME.
proc misc-tmpdir { name } {
    global objdir
    set dir [file join [file normalize $objdir] tmp xinline.misc $name]
    catch { file delete -force -- $dir }
    file mkdir $dir
    return $dir
}

# Runs CMD (a list) in DIR; returns {STATUS STDOUT STDERR}.  STATUS is the
# exit code (124 a timeout, 128+N death by signal N under timeout(1)), or
# -1 if the command could not be run.  Everything goes to the log.
proc misc-run { cmd dir } {
    set out [file join $dir .misc.out]
    set err [file join $dir .misc.err]
    set r [xinline-spawn $cmd $dir [list > $out 2> $err]]
    set res [list [lindex $r 0] [xinline-read-file $out] [xinline-read-file $err]]
    file delete -force -- $out $err
    send_log "[lindex $r 1]\n[lindex $res 1][lindex $res 2]"
    return $res
}

# The compiler command loading the plugin, with OPTS, as a list.
proc misc-cc { opts } {
    global XINLINE_CC
    return [concat $XINLINE_CC [xinline-common-flags] [xinline-plugin-flags] $opts]
}

# Compiles SRC into OBJ (relative to DIR) in export mode; 1 on success.
proc misc-export { src obj dir {opts {}} } {
    set cmd [misc-cc [concat -O2 -fplugin-arg-xinline-export $opts -c -o $obj $src]]
    set r [misc-run $cmd $dir]
    return [expr { [lindex $r 0] == 0 && [file exists [file join $dir $obj]] }]
}

# The bytes of FILE, or "" if it cannot be read.
proc misc-read-binary { file } {
    if { [catch { set fd [open $file rb] }] } { return "" }
    set data [read $fd]
    close $fd
    return $data
}

proc misc-write-binary { file data } {
    set fd [open $file wb]
    puts -nonewline $fd $data
    close $fd
}

# The helper names `xinline-db list FILE' prints (run in DIR), sorted, or
# the string "list failed".
proc misc-list { file dir } {
    global XINLINE_DB
    set r [misc-run [list $XINLINE_DB list $file] $dir]
    if { [lindex $r 0] != 0 } { return "list failed" }
    set names {}
    foreach line [split [lindex $r 1] "\n"] {
	if { [regexp {^([^\t]+)\t} $line -> n] } { lappend names $n }
    }
    return [lsort $names]
}

# PASS if COND (a boolean) is true, else FAIL; WHY goes to the log.
proc misc-check { name cond {why ""} } {
    if { $cond } {
	pass $name
    } else {
	if { $why ne "" } { send_log "$why\n" }
	fail $name
    }
}
