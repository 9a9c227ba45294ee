#!/usr/bin/env bash
# Fuzz one part of Brief with libFuzzer for SECONDS (default 600).
#
#   segmenter    the sentence splitter: Segment invariants, lossless output, stream == whole
#                text, the chunked normaliser and the UTF-8 text check
#   pipeline     ingest to digest: the input read as text, HTML, JSONL and a JSON brief;
#                length limits kept, lines verbatim from their segments, every format
#                rendered, HTML escaped, JSON read back unchanged, the digest independent of
#                order and citing only lines of its sources
#   translation  what crosses the network: each provider's reading of a reply body and an
#                error body, Retry-After, batching (every text once, body size as planned),
#                number and quote checks, name protection, the normaliser, JSON read back
#
# Builds the `brief-fuzz` target (Fuzz/BriefFuzz) with coverage instrumentation and
# AddressSanitizer (-sanitize=fuzzer,address) and -DFUZZING, which makes it export
# LLVMFuzzerTestOneInput instead of its replay `main`. The corpus grows in .fuzz/CHECK/corpus
# (seeded from the seeds, the fixtures and a few sample replies); crashes land in
# .fuzz/CHECK/artifacts. Replay a reproducer without the fuzzer:
#   swift build --product brief-fuzz && .build/debug/brief-fuzz CHECK FILE
#
# Usage: scripts/fuzz.sh segmenter|pipeline|translation [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
check="${1:?usage: scripts/fuzz.sh segmenter|pipeline|translation [SECONDS]}"
seconds="${2:-600}"
case "$check" in segmenter | pipeline | translation) ;; *)
  echo "scripts/fuzz.sh: unknown check '$check' (segmenter, pipeline or translation)" >&2
  exit 2
  ;;
esac
swift build -c release --product brief-fuzz --build-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
corpus=".fuzz/$check/corpus"
mkdir -p "$corpus" ".fuzz/$check/artifacts"
if [ -z "$(ls -A "$corpus")" ]; then
  cp seeds/*.txt "$corpus/"
  python3 - "$corpus" "$check" <<'PY'
import glob, json, os, sys
corpus, check = sys.argv[1], sys.argv[2]
def put(name, text):
    open(os.path.join(corpus, name), "w", encoding="utf-8").write(text)
texts = []
for path in sorted(glob.glob("Tests/BriefKitTests/Fixtures/segmentation/*.jsonl")):
    for number, line in enumerate(open(path, encoding="utf-8")):
        if line.strip():
            texts.append(json.loads(line)["text"])
            put(f"{os.path.basename(path)}-{number}.txt", texts[-1])
if check == "pipeline":
    put("articles.jsonl", "".join(json.dumps({"id": i, "text": t, "k": 2}, ensure_ascii=False)
                                  + "\n" for i, t in enumerate(texts[:5])))
    put("page.html", "<html><head><title>Kreml &amp; USA</title><meta property="
        "\"article:published_time\" content=\"2025-02-18\"></head><body><h1>Treffen in Riad</h1>"
        "<p>Lawrow traf Rubio. <b>Beide</b> sprachen &lt;lange&gt;.</p><script>x()</script>"
        "</body></html>")
if check == "translation":
    put("deepl.json", '{"translations":[{"detected_source_language":"DE","text":"Hello",'
        '"billed_characters":5},{"text":"Lavrov\'s visit"}]}')
    put("libre.json", '{"translatedText":["One","Two","Three"]}')
    put("chat.json", '{"choices":[{"message":{"role":"assistant","content":'
        '"```json\\n[\\"1. One\\", \\"Two\\"]\\n```"}}]}')
    put("error.txt", '30\n1500\n{"error":{"message":"Rate limit\\nreached","code":'
        '"insufficient_quota","type":"requests"}}')
    put("date.txt", "Sat, 15 Feb 2025 12:00:12 GMT\n\n{\"message\":\"Quota exceeded\"}")
    put("glossary.tsv", "version\t2\nLawrow\tLavrov\nSelenskyj\tZelensky\n")
PY
fi
# Swift's own backtracer would read memory AddressSanitizer guards; libFuzzer reports instead.
SWIFT_BACKTRACE=enable=no exec .build-fuzz/release/brief-fuzz "$check" "$corpus" -max_total_time="$seconds" \
  -max_len=4096 -artifact_prefix=".fuzz/$check/artifacts/" -print_final_stats=1
