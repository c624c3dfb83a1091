#!/usr/bin/env bash
# Benchmark: lints a generated 10 MB folder of 2,000 articles with the built-in pack and prints MB/s, files/s and
# peak memory. Figures, not a pass/fail test. Usage: bash bench/run.sh [FILES] [BYTES_PER_FILE]
set -euo pipefail
cd "$(dirname "$0")/.."
files=${1:-2000}
bytes=${2:-5000}
jar=cli/target/medlint.jar
if [ ! -f "$jar" ]; then
  mvn -q -B install -DskipTests
fi
corpus=target/bench-corpus
rm -rf "$corpus"
java bench/GenerateCorpus.java "$corpus" "$files" "$bytes"
size=$(du -sb "$corpus" | cut -f1)
out=target/bench-report.json
mkdir -p target
timefile=$(mktemp)
start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
  /usr/bin/time -v -o "$timefile" java -jar "$jar" check --format json --output "$out" "$corpus" || rc=$?
else
  java -jar "$jar" check --format json --output "$out" "$corpus" || rc=$?
fi
end=$(date +%s%N)
rc=${rc:-0}
if [ "$rc" -gt 1 ]; then
  echo "medlint failed with exit code $rc" >&2
  exit "$rc"
fi
secs=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
findings=$(grep -c '"ruleId"' "$out" || true)
echo "cores:     $(nproc)"
echo "articles:  $files ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB)"
echo "wall time: ${secs} s (including JVM start and model loading)"
awk -v b="$size" -v s="$secs" -v f="$files" 'BEGIN { printf "speed:     %.2f MB/s, %.0f files/s\n", b / 1e6 / s, f / s }'
if [ -s "$timefile" ]; then
  awk -F': ' '/Maximum resident set size/ { printf "peak RSS:  %.0f MB\n", $2 / 1024 }' "$timefile"
else
  echo "peak RSS:  unknown (GNU time is not installed: apt-get install time)"
fi
echo "findings:  $findings"
rm -f "$timefile"
