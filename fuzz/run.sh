#!/usr/bin/env bash
# Runs one Jazzer fuzz target of medlint-core in fuzzing mode (libFuzzer, coverage-guided) for a number of minutes.
# Usage: bash fuzz/run.sh TARGET MINUTES
#   TARGET: markdown | html | plainText | rulePack | configuration | directives
# Instruments dev.medlint.** (jazzer.instrument), starts from the target's regression inputs
# (core/src/test/resources/dev/medlint/core/fuzz/<Class>Inputs/<method>) and keeps what it learns in
# target/fuzz/TARGET/corpus. A crash is written to target/fuzz/TARGET/crash-*; minimise it with
#   java -cp "$(cat target/fuzz/TARGET/classpath)" com.code_intelligence.jazzer.Jazzer ... -minimize_crash=1 FILE
# and copy it into the Inputs folder, where every `mvn verify` replays it.
# The compiled classes are copied first, so a rebuild while it runs does not change what is fuzzed.
# A unit taking over FUZZ_TIMEOUT seconds (default 120: the first one loads the language models) is a finding.
# FUZZ_CLASSPATH=target/fuzz/OTHER/classpath reuses another run's snapshot instead of building.
# Extra Maven flags (e.g. -Dmaven.repo.local=...) can be passed in MAVEN_ARGS.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/run.sh TARGET MINUTES}
minutes=${2:?usage: fuzz/run.sh TARGET MINUTES}
case "$target" in
  markdown|html|plainText) class=ReaderFuzzTest ;;
  rulePack) class=PackLoaderFuzzTest ;;
  configuration) class=ConfigLoaderFuzzTest ;;
  directives) class=SuppressionFuzzTest ;;
  *) echo "fuzz/run.sh: unknown target '$target'; use markdown, html, plainText, rulePack, configuration or directives" >&2; exit 2 ;;
esac
work=target/fuzz/$target
mkdir -p "$work/corpus"
if [ -n "${FUZZ_CLASSPATH:-}" ]; then
  cp "$FUZZ_CLASSPATH" "$work/classpath" # a snapshot made by an earlier run: several targets one after another
else
  # shellcheck disable=SC2086
  mvn -B -q ${MAVEN_ARGS:-} -pl core test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$PWD/$work/deps.txt"
  rm -rf "$work/classes"
  mkdir -p "$work/classes"
  cp -r core/target/classes/. core/target/test-classes/. "$work/classes/"
  echo "$PWD/$work/classes:$(cat "$work/deps.txt")" > "$work/classpath"
fi
inputs=core/src/test/resources/dev/medlint/core/fuzz/${class}Inputs/$target
cd "$work"
exec java -Xmx1g -cp "$(cat classpath)" com.code_intelligence.jazzer.Jazzer \
  --target_class="dev.medlint.core.fuzz.$class" --target_method="$target" \
  --instrumentation_includes='dev.medlint.**' --custom_hook_includes='dev.medlint.**' \
  --keep_going="${KEEP_GOING:-20}" \
  -max_total_time=$((minutes * 60)) -rss_limit_mb=3000 -timeout=${FUZZ_TIMEOUT:-120} -print_final_stats=1 \
  -artifact_prefix="$PWD/" corpus "$OLDPWD/$inputs"
