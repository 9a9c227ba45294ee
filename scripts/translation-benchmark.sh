#!/usr/bin/env bash
# Speed benchmark of Brief's translation stage (run by hand; not a test).
#
# Starts scripts/fake-translator.py (a stdlib DeepL/LibreTranslate/OpenAI emulator) on a free
# loopback port with a fixed latency per request, briefs the first ARTICLES articles of the
# corpus with `brief batch --translator deepl`, and compares the translation stage's time
# (report.json "seconds"."translate") with the ideal: requests / concurrency x latency.
# A second run over the same cache must make no request at all.
#
# Data: /work/shared/data/corpus/gnad-articles.jsonl, articles from the Ten Thousand German
# News Articles Dataset (10kGNAD, derived from the One Million Posts Corpus; CC BY-NC-SA 4.0).
# It is NOT shipped with Brief; point CORPUS at your own copy (one {"id","text"} object per line).
#
# Usage: scripts/translation-benchmark.sh
# Environment: CORPUS, ARTICLES (200), LATENCY_MS (100), CONCURRENCY (4), KEEP=1 keeps the
# temporary folder. Needs swift and python3 (standard library only).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${CORPUS:-/work/shared/data/corpus/gnad-articles.jsonl}
articles=${ARTICLES:-200}
latency_ms=${LATENCY_MS:-100}
concurrency=${CONCURRENCY:-4}
brief="$root/.build/release/brief"

if [[ ! -r $corpus ]]; then
  echo "corpus not found: $corpus (set CORPUS)" >&2
  exit 2
fi

# Build release if needed (a no-op of a second or two when up to date).
echo "swift build -c release --static-swift-stdlib --product brief ..." >&2
(cd "$root" && swift build -c release --static-swift-stdlib --product brief >/dev/null) || {
  echo "release build failed" >&2
  exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/brief-bench.XXXXXX")
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept $tmp" >&2; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 "$root/scripts/fake-translator.py" --port "$port" --latency-ms "$latency_ms" \
  --log "$tmp/requests.log" >"$tmp/server.out" 2>&1 &
server_pid=$!
for _ in $(seq 100); do
  grep -q listening "$tmp/server.out" 2>/dev/null && break
  sleep 0.05
done
grep -q listening "$tmp/server.out" || { echo "fake translator did not start" >&2; exit 1; }
touch "$tmp/requests.log"

mkdir -p "$tmp/feed" "$tmp/home"
head -n "$articles" "$corpus" >"$tmp/feed/articles.jsonl"

run() {  # run OUT: one batch over the feed, the shared cache, a dummy key
  env -u BRIEF_CONFIG -u BRIEF_TRANSLATOR -u BRIEF_TRANSLATOR_URL -u BRIEF_NO_CACHE \
    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache" \
    DEEPL_AUTH_KEY="benchmark-dummy-key:fx" \
    "$brief" batch "$tmp/feed" --out "$tmp/$1" --translator deepl \
    --translator-url "http://127.0.0.1:$port" --concurrency "$concurrency" \
    --cache "$tmp/cache.sqlite" 2>"$tmp/$1.stderr" || {
      status=$?
      echo "brief batch failed ($status):" >&2
      cat "$tmp/$1.stderr" >&2
      exit "$status"
    }
}

run first
first_requests=$(wc -l <"$tmp/requests.log")
run second
second_requests=$(( $(wc -l <"$tmp/requests.log") - first_requests ))

python3 - "$tmp" "$first_requests" "$second_requests" "$latency_ms" "$concurrency" <<'PY'
import glob, json, math, sys
tmp, requests, second, latency_ms, concurrency = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
report = json.load(open(f"{tmp}/first/report.json"))
translation = report["translation"]
log = [json.loads(line) for line in open(f"{tmp}/requests.log")][:requests]
translated = 0
for path in glob.glob(f"{tmp}/first/briefs/*.json"):
    translated += sum(1 for t in json.load(open(path))["translations"] if t is not None)
unique = translation["unique_sentences"]
seconds = report["seconds"]["translate"]
ideal = requests / concurrency * latency_ms / 1000
ratio = seconds / ideal if ideal else float("nan")
print(f"articles briefed:            {report['briefs_written']}")
print(f"sentences translated:        {translated} in briefs ({unique} unique, {sum(r['n_texts'] for r in log)} sent)")
print(f"requests made:               {requests} (largest {max((r['n_texts'] for r in log), default=0)} texts)")
print(f"ceil(sentences/50):          {math.ceil(unique / 50)}")
print(f"translate stage:             {seconds:.3f} s")
print(f"ideal (requests/{concurrency} x {latency_ms / 1000:g} s): {ideal:.3f} s")
print(f"ratio:                       {ratio:.2f} (target <= 1.25: {'met' if ratio <= 1.25 else 'MISSED'})")
print(f"second run requests:         {second} (target 0: {'met' if second == 0 else 'MISSED'})")
PY
