#!/usr/bin/env bash
# Digest grouping at scale: builds JSONL feeds of 1k, 5k and 10k articles from the corpus
# (repeated and perturbed: a sentence dropped, name spellings swapped, dates spread over a
# year), runs `brief batch` on each and prints the digest stage's time from report.json
# (story clustering, event grouping, dates and dedup; ingest, selection and writing excluded).
#
#   scripts/digest-benchmark.sh [CORPUS.jsonl]      (needs a release build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/work/shared/data/corpus/gnad-articles.jsonl}
brief=.build/release/brief
[[ -x $brief ]] || { echo "build first: swift build -c release --static-swift-stdlib --product brief" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in 1000 5000 10000; do
  python3 - "$corpus" "$n" >"$work/feed-$n.jsonl" <<'PY'
import json, random, re, sys
path, n = sys.argv[1], int(sys.argv[2])
base = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
rng = random.Random(7)
swaps = [("Lawrow", "Lavrov"), ("Selenskyj", "Zelensky"), ("NATO", "Nato"), ("Riad", "Riyadh")]
for i in range(n):
    a = base[i % len(base)]
    copy = i // len(base)
    sentences = re.split(r"(?<=[.!?]) (?=[A-ZÄÖÜ])", a["text"])
    if copy and len(sentences) > 4:
        del sentences[rng.randrange(1, len(sentences))]
    text = " ".join(sentences)
    for x, y in swaps:
        if copy % 2:
            text = text.replace(x, y)
    day = (i * 7 + copy * 3) % 365
    date = "2025-%02d-%02d" % (1 + day // 31 % 12, 1 + day % 28)
    print(json.dumps({"id": f"{a['id']}-{copy}", "text": text, "date": date}, ensure_ascii=False))
PY
  rm -rf "$work/out"
  "$brief" batch "$work/feed-$n.jsonl" --out "$work/out" --quiet
  python3 - "$work/out" "$n" <<'PY'
import json, sys
out, n = sys.argv[1], int(sys.argv[2])
report = json.load(open(f"{out}/report.json"))
digest = json.load(open(f"{out}/digest.json"))
events = sum(len(s["events"]) for s in digest["stories"])
print(f"{n:>6} articles: digest {report['seconds']['digest']:.3f} s "
      f"({len(digest['stories'])} stories, {events} events); "
      f"batch total {report['seconds']['total']:.1f} s")
PY
done
