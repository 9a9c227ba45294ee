#!/usr/bin/env bash
# Digest grouping at scale: builds JSONL feeds of 1k, 5k and 10k articles from the corpus
# (repeated and perturbed: a sentence dropped, name spellings swapped, dates spread over a
# year), runs `brief batch` on each and prints the digest stage's time from report.json
# (story clustering, event grouping, dates and dedup; ingest, selection and writing excluded).
#
#   scripts/digest-benchmark.sh [OPTIONS] [CORPUS.jsonl]      (needs a release build)
#
#   --identical      the degenerate case instead: every article is the corpus' first article
#                    (a new id each; every other copy has one sentence dropped), so the whole
#                    feed is one story whose articles share every key term; sizes 5k, 10k, 20k
#   --sizes "N ..."  the feed sizes (default "1000 5000 10000", with --identical "5000 10000 20000")
#   --brief PATH     the binary to time (default .build/release/brief); give it more than once
#                    to time several side by side on the same feeds, one after the other per size
#   --keep DIR       keep each run's digest.json as DIR/digest-N-K.json (K: the binary's place,
#                    from 1), to compare the grouping of two builds with diff
set -euo pipefail
cd "$(dirname "$0")/.."
mode=perturbed
sizes=""
briefs=()
keep=""
while [[ $# -gt 0 ]]; do
  case $1 in
    --identical) mode=identical; shift ;;
    --sizes) sizes=$2; shift 2 ;;
    --brief) briefs+=("$2"); shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
corpus=${1:-/work/shared/data/corpus/gnad-articles.jsonl}
[[ ${#briefs[@]} -gt 0 ]] || briefs=(.build/release/brief)
if [[ -z $sizes ]]; then
  [[ $mode == identical ]] && sizes="5000 10000 20000" || sizes="1000 5000 10000"
fi
for brief in "${briefs[@]}"; do
  [[ -x $brief ]] || { echo "build first: swift build -c release --static-swift-stdlib --product brief ($brief)" >&2; exit 1; }
done
[[ -z $keep ]] || mkdir -p "$keep"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for n in $sizes; do
  python3 - "$corpus" "$n" "$mode" >"$work/feed-$n.jsonl" <<'PY'
import json, random, re, sys
path, n, mode = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
rng = random.Random(7)
swaps = [("Lawrow", "Lavrov"), ("Selenskyj", "Zelensky"), ("NATO", "Nato"), ("Riad", "Riyadh")]
for i in range(n):
    if mode == "identical":
        a, copy = base[0], i
        sentences = re.split(r"(?<=[.!?]) (?=[A-ZÄÖÜ])", a["text"])
        if copy % 2 and len(sentences) > 4:
            del sentences[1 + copy // 2 % (len(sentences) - 1)]
        text = " ".join(sentences)
    else:
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
  for k in "${!briefs[@]}"; do
    brief=${briefs[$k]}
    rm -rf "$work/out"
    "$brief" batch "$work/feed-$n.jsonl" --out "$work/out" --quiet
    [[ -z $keep ]] || cp "$work/out/digest.json" "$keep/digest-$n-$((k + 1)).json"
    label=""
    [[ ${#briefs[@]} -eq 1 ]] || label="$brief: "
    python3 - "$work/out" "$n" "$label" <<'PY'
import json, sys
out, n, label = sys.argv[1], int(sys.argv[2]), sys.argv[3]
report = json.load(open(f"{out}/report.json"))
digest = json.load(open(f"{out}/digest.json"))
events = sum(len(s["events"]) for s in digest["stories"])
print(f"{label}{n:>6} articles: digest {report['seconds']['digest']:.3f} s "
      f"({len(digest['stories'])} stories, {events} events); "
      f"batch total {report['seconds']['total']:.1f} s")
PY
  done
done
