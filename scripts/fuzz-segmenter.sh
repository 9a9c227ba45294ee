#!/usr/bin/env bash
# Fuzz the sentence splitter with libFuzzer for SECONDS (default 600).
#
# Builds the `segmenter-fuzz` target with coverage instrumentation and AddressSanitizer
# (-sanitize=fuzzer,address) and -DFUZZING, which makes it export LLVMFuzzerTestOneInput
# instead of its replay `main`. Every input is checked for the Segment invariants, lossless
# output, stream == whole text, the chunked normaliser and the UTF-8 text check
# (Fuzz/SegmenterFuzz).
# The corpus grows in .fuzz/corpus (seeded from the seeds and fixtures); crashes land in
# .fuzz/artifacts. Replay a reproducer without the fuzzer:
#   swift build --product segmenter-fuzz && .build/debug/segmenter-fuzz FILE
#
# Usage: scripts/fuzz-segmenter.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
swift build -c release --product segmenter-fuzz --build-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
mkdir -p .fuzz/corpus .fuzz/artifacts
if [ -z "$(ls -A .fuzz/corpus)" ]; then
  cp seeds/*.txt .fuzz/corpus/ 2>/dev/null || true
  python3 - <<'PY'
import glob, json, os
for path in glob.glob("Tests/BriefKitTests/Fixtures/segmentation/*.jsonl"):
    for number, line in enumerate(open(path, encoding="utf-8")):
        if line.strip():
            name = f".fuzz/corpus/{os.path.basename(path)}-{number}.txt"
            open(name, "w", encoding="utf-8").write(json.loads(line)["text"])
PY
fi
exec .build-fuzz/release/segmenter-fuzz .fuzz/corpus -max_total_time="$seconds" \
  -max_len=4096 -artifact_prefix=.fuzz/artifacts/ -print_final_stats=1
