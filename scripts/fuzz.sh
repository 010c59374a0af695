#!/usr/bin/env bash
# A fuzzing run of every fuzz test in turn, SECONDS each (default 120: ten minutes in all).
# Needs the kit built once (mvn -B install -DskipTests). New coverage lands in <module>/.cifuzz-corpus/ (not
# committed); a finding is written to the test's Inputs directory under src/test/resources, fails that test's run,
# and is replayed by every later build once committed. Exit code: 0 when nothing was found, 1 otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
tests=(
  "vectors:VectorLoaderFuzzTest"
  "conformance:JwtVerifierFuzzTest"
  "conformance:WebhookVerifierFuzzTest#verify_anyBodyAndHeader_acceptsOnlyTheSignatureOfTheBody"
  "conformance:WebhookVerifierFuzzTest#isCanonical_anyHeader_acceptsExactlyTheCanonicalForm"
  "conformance:ProtocolReaderFuzzTest#read_anyProgramOutput_answersOrFailsTheCase"
)
status=0
for entry in "${tests[@]}"; do
  module="${entry%%:*}"
  test="${entry#*:}"
  log="$module/target/fuzz-$(echo "$test" | tr '#' '-').log"
  mkdir -p "$module/target"
  echo "fuzzing $test for ${seconds}s (log: $log)"
  if (cd "$module" && mvn -B -ntp test -Pfuzz -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
        -Djazzer.max_duration="${seconds}s" >"../$log" 2>&1); then
    grep -E "^#[0-9]+[[:space:]]+DONE" "$log" | tail -1 | sed 's/^/  /'
  else
    status=1
    echo "  FOUND SOMETHING (or the run broke): see $log and $module/src/test/resources"
  fi
done
exit $status
