#!/usr/bin/env bash
# Runs bench/scenario_models.cpp (5 repetitions) and prints the medians and the ratio of Monte Carlo through the
# library to the tight single-threaded loop. Needs build-bench (see bench/README.md) or BENCH_BINARY.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${BENCH_BINARY:-$root/build-bench/bench/scenario_models}"
if [[ ! -x "$binary" ]]; then
    echo "no $binary: cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DMIXSHIFT_BUILD_BENCH=ON -DMIXSHIFT_BUILD_TESTS=OFF && cmake --build build-bench --target scenario_models" >&2
    exit 1
fi
json="$(mktemp)"
trap 'rm -f "$json"' EXIT
echo "+ $binary --benchmark_repetitions=5 --benchmark_report_aggregates_only=true" >&2
"$binary" --benchmark_repetitions=5 --benchmark_report_aggregates_only=true --benchmark_format=json >"$json"
python3 - "$json" <<'PY'
import json, sys
runs = json.load(open(sys.argv[1]))["benchmarks"]
median = {r["run_name"].split("/")[0]: (r["real_time"], r["time_unit"]) for r in runs if r.get("aggregate_name") == "median"}
for name, (time, unit) in median.items():
    print(f"{name:28} median {time:10.3f} {unit}")
mc, tight = median["monteCarlo10000x40"][0], median["tightLoop10000x40"][0]
print(f"deterministic 12 quarters: goal well under 1 ms")
print(f"grid 41 x 41: goal < 50 ms; {median['grid41x41'][0] * 1000 / 1681:.2f} us a cell")
print(f"Monte Carlo 10,000 x 40: goal < 50 ms; ratio to the tight loop {mc / tight:.2f} (goal <= 2)")
PY
