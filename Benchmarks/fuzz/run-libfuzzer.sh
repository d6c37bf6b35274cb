#!/usr/bin/env bash
# Coverage-guided fuzzing (libFuzzer, `swiftc -sanitize=fuzzer`) of the scenario and ruleset
# loaders and the expression parser, seeded with the bundled files. Not part of CI: the
# seeded mutation loop in Tests/JREConsoleTests/KioskFuzzSlowTests.swift runs there.
#
#   Benchmarks/fuzz/run-libfuzzer.sh [SECONDS] [extra libFuzzer flags…]
#
# Crashes are written to .build-fuzz/crashes/ (one file per input; the first byte picks
# scenario < 0x40 ≤ ruleset < 0x80 ≤ expression). Replay one with:
#   .build-fuzz/fuzz-loaders .build-fuzz/crashes/crash-…
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-300}"; shift || true
scratch=.build-fuzz
mkdir -p "$scratch/corpus" "$scratch/crashes"

echo "== building JRECore with coverage instrumentation (release, -sanitize=fuzzer)"
swift build -c release --scratch-path "$scratch" --target JRECore -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing

release=$(cd "$scratch/release" && pwd -P)
modules="$release/Modules"
[ -d "$modules" ] || modules="$release"
objects=$(find "$release" \( -path '*/JRECore.build/*.o' -o -path '*/JREText.build/*.o' -o -path '*/Yams.build/*.o' -o -path '*/CYaml.build/*.o' \) | sort)
[ -n "$objects" ] || { echo "run-libfuzzer: no object files under $release" >&2; exit 1; }

echo "== building the fuzz target"
swiftc -O -sanitize=fuzzer -parse-as-library -enable-testing -I "$modules" -I "$release" \
  $(find -L "$scratch" -name module.modulemap -path '*CYaml*' -printf '-Xcc -fmodule-map-file=%p ') \
  Benchmarks/fuzz/FuzzLoaders.swift $objects -o "$scratch/fuzz-loaders"

echo "== seed corpus: the bundled files"
for file in Scenarios/*.yaml; do printf '\x10' | cat - "$file" > "$scratch/corpus/scenario-$(basename "$file")"; done
for file in Scenarios/rulesets/*.yaml; do printf '\x50' | cat - "$file" > "$scratch/corpus/ruleset-$(basename "$file")"; done
printf '\x90%s' "count(login within 30 days) >= 2 and not (dynamique.level = 'faible')" > "$scratch/corpus/expression-1"

echo "== fuzzing for ${seconds}s"
JRE_FUZZ_SCENARIOS=Scenarios "$scratch/fuzz-loaders" "$scratch/corpus" \
  -max_total_time="$seconds" -max_len=200000 -timeout=20 -rss_limit_mb=4096 \
  -artifact_prefix="$scratch/crashes/" -print_final_stats=1 "$@"
