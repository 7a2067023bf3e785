# Helpers the benchmark scripts share; sourced, not run.

# bench_detect_gnu_time NOTE : sets have_gnu_time to 1 when /usr/bin/time (GNU, Debian package 'time') works,
# else to 0 with NOTE on stderr saying what is lost.
bench_detect_gnu_time() {
    if [ -x /usr/bin/time ] && /usr/bin/time -v -o /dev/null true > /dev/null 2>&1; then
        have_gnu_time=1
    else
        have_gnu_time=0
        echo "note: /usr/bin/time (Debian package 'time') not found: $1" >&2
    fi
}

# bench_make_tmp NAME : sets tmp to a new temporary directory, deleted on exit unless KEEP_TMP=1.
bench_make_tmp() {
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    trap 'if [ "${KEEP_TMP:-0}" = 1 ]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi' EXIT
}

# show CMD... : prints the command, quoted so that it can be pasted into a shell.
show() {
    local a out='$'
    for a in "$@"; do
        if [[ "$a" =~ ^[A-Za-z0-9_./:=+,@%-]+$ ]]; then out+=" $a"; else out+=" '${a//\'/\'\\\'\'}'"; fi
    done
    printf '%s\n' "$out"
}

# median VALUE... : the median of the numbers.
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2];
                                                   else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# timed CMD... : runs CMD once as a whole process; sets wall (seconds) and rss_kb (peak RSS, or empty).
# The command's own output goes to $tmp/out; a failure shows it (and $fail_hint, when set) and stops the
# script, named by $bench_name. Needs bench_detect_gnu_time and bench_make_tmp first.
timed() {
    local tf=$tmp/time.txt status=0
    show "$@"
    if [ "$have_gnu_time" -eq 1 ]; then
        /usr/bin/time -v -o "$tf" "$@" > "$tmp/out" 2>&1 || status=$?
    else
        local TIMEFORMAT=%R
        { time "$@" > "$tmp/out" 2>&1 || status=$?; } 2> "$tf"
    fi
    if [ "$status" -ne 0 ]; then
        echo "$bench_name: the command above failed with status $status; its output:" >&2
        sed 's/^/    /' "$tmp/out" >&2
        [ -z "$fail_hint" ] || echo "$fail_hint" >&2
        exit 1
    fi
    if [ "$have_gnu_time" -eq 1 ]; then
        # "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:03.27" or "1:02:03"
        wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0;
                            for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s }' "$tf")
        rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $NF }' "$tf")
    else
        wall=$(tail -n 1 "$tf")
        rss_kb=""
    fi
    echo "    wall ${wall} s${rss_kb:+, peak RSS $(awk -v k="$rss_kb" 'BEGIN { printf "%.1f", k / 1024 }') MB}"
}
