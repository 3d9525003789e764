#!/usr/bin/env bash
# The benchmarks of the README's "Performance" section, in one go (a few minutes with the defaults).
#
#   scripts/bench.sh                 everything, short JMH settings
#   scripts/bench.sh --jmh-only      only the JMH benchmarks
#   scripts/bench.sh --no-jmh        only the end-to-end figures
#   JMH_ARGS='-f 2 -wi 5 -i 10' scripts/bench.sh --jmh-only    longer, steadier JMH runs
#   DOCS='1000 10000 18000' scripts/bench.sh --no-jmh          other corpus sizes
#
# What it measures:
#   1. JMH (bench/target/benchmarks.jar): extraction MB/s on one thread and on all cores, series and
#      statistics per 1,000 series, chart rendering per chart (PNG 1x, 2x, SVG).
#   2. `yoy bench --mb 100`: extraction MB/s on one thread and on all cores, and the peak heap.
#   3. The whole `./yoy report` on synthetic corpora of 1,000 and 10,000 documents (`./yoy synth`).
#   4. Start-up: `./yoy report` on the seeds, warm (the median of 5 runs after a first one).
# Figures depend on the machine and on what else runs: measure on a quiet machine, and repeat.
# Scratch files go to a temporary folder, removed at the end (KEEP=1 keeps it).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
cd "$root"

jmh=1
e2e=1
case "${1:-}" in
    --jmh-only) e2e=0 ;;
    --no-jmh) jmh=0 ;;
    "") ;;
    *) echo "usage: scripts/bench.sh [--jmh-only | --no-jmh]" >&2; exit 2 ;;
esac

scratch="$(mktemp -d "${TMPDIR:-/tmp}/yoy-bench.XXXXXX")"
if [[ "${KEEP:-0}" != "1" ]]; then
    trap 'rm -rf "$scratch"' EXIT
else
    echo "scratch folder: $scratch"
fi

# Wall time of a command in seconds, its output discarded.
seconds() {
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null 2>"$scratch/stderr" || { cat "$scratch/stderr" >&2; return 1; }
    end=$(date +%s%N)
    awk -v ns=$((end - start)) 'BEGIN { printf "%.2f", ns / 1e9 }'
}

median() {
    sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "== build"
mvn -B -q -DskipTests package -pl cli,bench -am
java -version 2>&1 | head -n 1
echo "cores: $(getconf _NPROCESSORS_ONLN 2>/dev/null || nproc)"

if [[ $jmh == 1 ]]; then
    echo
    echo "== JMH (settings: ${JMH_ARGS:=-f 1 -wi 2 -w 3s -i 3 -r 5s})"
    # shellcheck disable=SC2086
    java -jar bench/target/benchmarks.jar $JMH_ARGS -rf text -rff "$scratch/jmh.txt" >"$scratch/jmh.log" 2>&1 \
        || { tail -n 40 "$scratch/jmh.log" >&2; exit 1; }
    cat "$scratch/jmh.txt"
    echo "(Extraction: read the ':megabytes' rows, in MB/s; Charts and SeriesAndStatistics: ms per operation)"
fi

if [[ $e2e == 1 ]]; then
    echo
    echo "== yoy bench --mb 100 (extraction through the pipeline, seeds shifted and repeated)"
    java -XX:+UseParallelGC -Xmx256m -jar cli/target/yoy.jar bench --mb 100

    echo
    echo "== start-up: ./yoy report on the seeds, warm"
    ./yoy -q report --out "$scratch/startup" # the first run after a build also prepares the start-up archive
    for _ in 1 2 3 4 5; do
        seconds ./yoy -q report --out "$scratch/startup"
        echo
    done | median | awk '{ printf "./yoy report on the seeds: %.2f s (median of 5 warm runs)\n", $1 }'

    echo
    echo "== whole report on synthetic corpora"
    for docs in ${DOCS:-1000 10000}; do
        dir="$scratch/synth-$docs"
        ./yoy -q synth --docs "$docs" --out "$dir" --seed 1
        corpus="$dir"
        [[ -d "$dir/corpus" ]] && corpus="$dir/corpus"
        size="$(du -sk "$corpus" | awk '{ printf "%.1f MB", $1 / 1024 }')"
        t="$(seconds ./yoy -q report --corpus "$corpus" --out "$scratch/out-$docs")"
        echo "./yoy report, $docs documents ($size), all cores: $t s"
    done
fi
