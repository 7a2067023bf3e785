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
