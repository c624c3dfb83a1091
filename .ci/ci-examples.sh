#!/usr/bin/env bash
# Proves the README's CI example ("CI: gate pull requests") works as pasted: on a fresh content repository with 200
# legacy articles and an EMPTY local Maven repository (only Maven Central is reached), it runs the example's steps:
# build medlint, adopt the gate with a baseline in three commands, check with the plugin (SARIF and GitHub outputs),
# then shows that a new violating sentence fails the build. Keep the commands below in step with the README.
set -euo pipefail
src="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export MAVEN_OPTS="-Dmaven.repo.local=$work/m2"   # empty: everything comes from Maven Central
cd "$work"
git clone -q --depth 1 "file://$src" medlint-src
mkdir content-repo && cd content-repo
git init -q && git config user.email ci@example.com && git config user.name ci
java "$src/bench/GenerateCorpus.java" content 200 3000 >/dev/null
cp "$src/docs/ci/pom.xml" pom.xml

# --- README, step "Build medlint" ---
mvn -B -q -f ../medlint-src/pom.xml install -DskipTests
# --- README, "Adopt on legacy content": three commands ---
set +e
java -jar ../medlint-src/cli/target/medlint.jar check --update-baseline --baseline medlint-baseline.json content
rc=$?
set -e
[ "$rc" -eq 0 ] || { echo "update-baseline exited $rc" >&2; exit 1; }
git add -A && git commit -qm "medlint baseline for legacy articles"
mvn -B verify > ../verify.log || { tail -40 ../verify.log; echo "mvn verify failed on the baselined repository" >&2; exit 1; }
grep -q "fixed since the baseline" ../verify.log
test -s target/medlint.sarif
# --- README, step "Annotate the pull request" ---
java -jar ../medlint-src/cli/target/medlint.jar check --baseline medlint-baseline.json --format github content \
  > ../annotations.txt
# A new violation fails the build and is annotated.
echo "Our new thread lift guarantees a perfect jawline for everyone." >> content/$(ls content | head -1)
if mvn -B verify > ../verify2.log; then echo "a new violation did not fail the build" >&2; exit 1; fi
set +e
java -jar ../medlint-src/cli/target/medlint.jar check --baseline medlint-baseline.json --format github content \
  > ../annotations.txt
rc=$?
set -e
[ "$rc" -eq 1 ] || { echo "github format exited $rc, expected 1" >&2; exit 1; }
grep -q '^::error file=content/.*guarantee' ../annotations.txt
echo "CI example: baseline adoption, plugin check, SARIF and annotations work on a fresh repository"
