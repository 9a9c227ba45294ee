#!/usr/bin/env python3
"""Score `brief split` against gold segmentation files (JSONL, docs/SEGMENTATION-RULES.md).

Each file is piped through one `brief split --jsonl --lang de` (one JSON line per case, with
its segments).
Boundaries are compared as offsets in the whitespace-free text, so where whitespace goes
between segments does not matter. Losslessness: the segments' non-whitespace characters,
concatenated, must equal the text's, in order.

By default it scores the shared German sets and the English set of our own
(Tests/BriefKitTests/Fixtures/segmentation/english-news.jsonl); a file whose name starts
with "english" is split with `--lang en`, every other one with `--lang` (default de).

Usage: scripts/segmentation-eval.py [--brief PATH] [--lang de] [--show N] [FILE.jsonl ...]
Exit status: 0 when every case is lossless, 1 otherwise, 2 on usage errors.
"""
import argparse
import glob
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "segmentation"))
ENGLISH = os.path.join(ROOT, "Tests", "BriefKitTests", "Fixtures", "segmentation", "english-news.jsonl")


def squeeze(text):
    """The text with all whitespace removed."""
    return "".join(ch for ch in text if not ch.isspace())


def boundaries(segments):
    """End offsets (in whitespace-free text) of all segments but the last."""
    offsets, total = set(), 0
    for segment in segments[:-1]:
        total += len(squeeze(segment))
        offsets.add(total)
    return offsets


def find_brief(explicit):
    if explicit:
        return explicit
    for candidate in (".build/release/brief", ".build/debug/brief"):
        path = os.path.join(ROOT, candidate)
        if os.path.exists(path):
            return path
    sys.exit("no brief binary: run `swift build` or pass --brief")


def split_all(brief, cases, lang):
    """The segments of each case, in order, from one `brief split --jsonl` process."""
    feed = "".join(json.dumps({"id": str(i), "text": case["text"]}, ensure_ascii=False) + "\n"
                   for i, case in enumerate(cases))
    result = subprocess.run(
        [brief, "split", "--jsonl", "--lang", lang], input=feed.encode("utf-8"),
        capture_output=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.decode("utf-8", "replace"))
    answers = [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]
    if [a["id"] for a in answers] != [str(i) for i in range(len(cases))]:
        raise RuntimeError("brief split --jsonl did not answer every case in order")
    return [[s for s in a["segments"] if s.strip()] for a in answers]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*")
    parser.add_argument("--brief", help="path of the brief binary")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--show", type=int, default=0, help="print up to N wrong cases per file")
    args = parser.parse_args()
    brief = find_brief(args.brief)
    files = args.files or sorted(glob.glob(os.path.join(DEFAULT_DATA, "*.jsonl"))) + [ENGLISH]
    if not files:
        sys.exit("no data files")
    all_lossless = True
    rows = []
    for path in files:
        lang = "en" if os.path.basename(path).startswith("english") else args.lang
        tp = fp = fn = cases = lossy = 0
        shown = 0
        with open(path, encoding="utf-8") as handle:
            gold_cases = [json.loads(line) for line in handle if line.strip()]
        for case, predicted in zip(gold_cases, split_all(brief, gold_cases, lang)):
            cases += 1
            if squeeze("".join(predicted)) != squeeze(case["text"]):
                lossy += 1
                print(f"NOT LOSSLESS: {os.path.basename(path)} {case['id']}", file=sys.stderr)
                continue
            gold = boundaries(case["sentences"])
            pred = boundaries(predicted)
            tp += len(gold & pred)
            fp += len(pred - gold)
            fn += len(gold - pred)
            if args.show and gold != pred and shown < args.show:
                shown += 1
                flat = squeeze(case["text"])
                print(f"--- {case['id']}")
                for offset in sorted(pred - gold):
                    print(f"  extra  | {flat[max(0, offset - 40):offset]} || {flat[offset:offset + 30]}")
                for offset in sorted(gold - pred):
                    print(f"  missed | {flat[max(0, offset - 40):offset]} || {flat[offset:offset + 30]}")
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((os.path.basename(path), cases, lossy, precision, recall, f1))
        all_lossless = all_lossless and lossy == 0
    print(f"{'file':<26} {'cases':>5} {'lossy':>5} {'P':>7} {'R':>7} {'F1':>7}")
    for name, cases, lossy, precision, recall, f1 in rows:
        print(f"{name:<26} {cases:>5} {lossy:>5} {precision:7.4f} {recall:7.4f} {f1:7.4f}")
    return 0 if all_lossless else 1


if __name__ == "__main__":
    sys.exit(main())
