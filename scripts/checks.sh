# Shared by the check scripts (source it): a scratch folder $work removed on exit, and
#   check DESCRIPTION COMMAND...  runs the command quietly, prints "ok   ..." or "FAIL ..." and the end of its output;
#   finish                        prints "N passed, M failed" and exits 0 only when nothing failed.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() {
    local what=$1; shift
    if "$@" >"$work/check.log" 2>&1; then
        echo "ok   $what"; passed=$((passed + 1))
    else
        echo "FAIL $what"; tail -n 30 "$work/check.log" | sed 's/^/     /'; failed=$((failed + 1))
    fi
}
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }
