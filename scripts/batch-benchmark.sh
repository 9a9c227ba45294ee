#!/usr/bin/env bash
# Scale benchmark of the nightly batch (run by hand; not a test).
#
# Measures, in one run on this machine:
#   1. `brief summarize --jsonl` over N articles and over 10 x N articles (the corpus repeated):
#      wall time, articles/s, peak RSS (target: < 100 MB for 10,000 articles; 10 x the input in
#      at most 11 x the time);
#   2. `brief batch` over the same 10 x N articles as one JSONL feed: wall time and peak RSS;
#   3. `brief batch` over a 50 MB plain-text file: bounded time and memory.
#
# Data: /work/shared/data/corpus/gnad-articles.jsonl (1,028 articles from the Ten Thousand German
# News Articles Dataset, 10kGNAD, CC BY-NC-SA 4.0), not shipped with Brief; set CORPUS to your
# own {"id","text"} JSONL. Needs GNU time (apt-get install time) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/data/corpus/gnad-articles.jsonl}
BRIEF=.build/release/brief
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
swift build -c release --static-swift-stdlib --product brief >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cp "$CORPUS" "$work/x1.jsonl"
for _ in $(seq 10); do cat "$CORPUS"; done > "$work/x10.jsonl"
python3 - "$work/big.txt" <<'PY'
import random, sys
random.seed(7)
words = ("Die Regierung beriet am Montag über den Haushalt und die Opposition "
         "kritisierte den Plan scharf im Bundestag nach langer Debatte").split()
with open(sys.argv[1], "w") as out:
    size = 0
    while size < 50_000_000:
        line = " ".join(random.choice(words) for _ in range(14)) + ".\n"
        if random.random() < 0.1:
            line += "\n"
        out.write(line)
        size += len(line.encode())
PY

measure() {  # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || true
  read -r seconds kilobytes < "$work/time"
  printf '%s\t%s\t%s\n' "$label" "$seconds" "$((kilobytes / 1024))"
}

n1=$(wc -l < "$work/x1.jsonl"); n10=$(wc -l < "$work/x10.jsonl")
echo "date: $(date -u +%F), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
{
  echo -e "run\tseconds\tpeak MB"
  measure "summarize --jsonl, $n1 articles" sh -c "$BRIEF summarize --jsonl < $work/x1.jsonl"
  measure "summarize --jsonl, $n10 articles" sh -c "$BRIEF summarize --jsonl < $work/x10.jsonl"
  measure "batch, $n10 articles (one feed)" $BRIEF batch "$work/x10.jsonl" --out "$work/out" --quiet
  measure "batch, one 50 MB text file" $BRIEF batch "$work/big.txt" --out "$work/big" --quiet
} | tee "$work/table" | column -t -s $'\t'
python3 - "$work/table" "$n1" "$n10" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1])][1:]
t1, t10 = float(rows[0][1]), float(rows[1][1])
n1, n10 = int(sys.argv[2]), int(sys.argv[3])
print(f"summarize --jsonl: {n1 / t1:.0f} and {n10 / t10:.0f} articles/s; "
      f"{n10 // n1} x the input took {t10 / t1:.2f} x the time (target <= 11)")
print(f"peak RSS for {n10} articles: {rows[1][2]} MB (target < 100)")
PY
