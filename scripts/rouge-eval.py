#!/usr/bin/env python3
"""German ROUGE-1/2/L F1 of Brief's sentence selection against the editors' teasers.

Data: /work/shared/data/summarization/gnad-teaser-dev.jsonl (330 derStandard articles; `text`
is the body, `reference` the teaser cut off it). Articles are sorted by id; the first 220 are
the tuning part, the last 110 the held-out part; both are reported, plus all.

ROUGE as /work/shared/data/README.md says: NFKC, lower-case, tokens are runs of Unicode letters
or digits, Snowball German stemmer (snowballstemmer) on tokens longer than 3 characters;
ROUGE-N and ROUGE-L (LCS over the whole summary) F1, averaged over articles, x100.

Systems, side by side (sentences from Brief's own segmenter, `brief split --kinds`, unless
--naive-split):
  Lead-3    the first 3 sentences the segmenter finds
  Oracle-3  greedy 3-sentence oracle: add the sentence that most raises R1+R2 F1 until there
            are exactly 3 (the data README's "greedy 3-sentence oracle", about R1 30)
  Oracle≤3  the same greedy search, but stopping as soon as no sentence raises R1+R2 (often 1 or
            2 sentences: shorter candidates, higher precision, so higher F1; about R1 38)
  Brief    `brief summarize --jsonl --k 3` (--brief PATH) fed {"id","text"} lines; it answers
           one {"id","sentences"} object per line
  FILE     with --predictions FILE (repeatable): the same {"id","sentences"} lines from a file,
           e.g. written by the env-gated Swift test `dump selections for tuning`:
           echo '{"default": {}}' > /tmp/grid.json
           BRIEF_TUNE_GRID=/tmp/grid.json swift test --filter dump
           scripts/rouge-eval.py --no-brief --predictions /tmp/brief-tune/default.jsonl

--naive-split (the rule used before the segmenter existed): a sentence ends
after . ! or ? (plus closing quotes/brackets) when whitespace and an upper-case letter, digit
or opening quote follow, except after a 1-2 digit number (`21. August`), a single letter
(`Elisabeth S.`) or a common abbreviation (`Dr.`, `bzw.`).
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import unicodedata

import snowballstemmer

DATA = "/work/shared/data/summarization/gnad-teaser-dev.jsonl"
TUNE = 220
TOKEN = re.compile(r"[^\W_]+")
STEMMER = snowballstemmer.stemmer("german")
ABBREVIATIONS = {
    "dr", "nr", "bzw", "ca", "st", "prof", "vgl", "mag", "ing", "abs", "art", "jh", "usw",
    "etc", "co", "fr", "hr", "str", "univ", "inkl", "evtl", "ggf", "sog", "zb", "dipl",
}
BOUNDARY = re.compile(r"[.!?][\"'“”»«)\]]*(\s+)(?=[A-ZÄÖÜ0-9„\"»«(])")


def split(text):
    """Sentences of a one-paragraph text (see the module doc)."""
    sentences, start = [], 0
    for paragraph in re.finditer(r"[^\n]+", text):
        p_start, p_text = paragraph.start(), paragraph.group()
        start = 0
        for m in BOUNDARY.finditer(p_text):
            if p_text[m.start()] == ".":
                word = re.search(r"[^\W_]*$", p_text[: m.start()]).group()
                if (word.isdigit() and len(word) <= 2) or (len(word) == 1 and word.isalpha()) \
                        or word.lower() in ABBREVIATIONS:
                    continue
            sentence = p_text[start: m.start(1)].strip()
            if sentence:
                sentences.append(sentence)
            start = m.end(1)
        rest = p_text[start:].strip()
        if rest:
            sentences.append(rest)
    return sentences


def tokens(text):
    words = TOKEN.findall(unicodedata.normalize("NFKC", text).lower())
    return [STEMMER.stemWord(w) if len(w) > 3 else w for w in words]


def ngrams(toks, n):
    counts = {}
    for i in range(len(toks) - n + 1):
        key = tuple(toks[i: i + n])
        counts[key] = counts.get(key, 0) + 1
    return counts


def f1(overlap, candidate, reference):
    if candidate == 0 or reference == 0 or overlap == 0:
        return 0.0
    p, r = overlap / candidate, overlap / reference
    return 2 * p * r / (p + r)


def rouge_n(cand, ref, n):
    c, r = ngrams(cand, n), ngrams(ref, n)
    overlap = sum(min(v, r.get(k, 0)) for k, v in c.items())
    return f1(overlap, sum(c.values()), sum(r.values()))


def lcs(a, b):
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def rouge(candidate_text, reference_text):
    cand, ref = tokens(candidate_text), tokens(reference_text)
    return (rouge_n(cand, ref, 1), rouge_n(cand, ref, 2), f1(lcs(cand, ref), len(cand), len(ref)))


def oracle(sentences, reference, k=3, exact=True):
    """Greedy oracle: adds the sentence that most raises R1+R2 F1; with `exact`, always k
    sentences (the best addition even when it lowers the score), else stops when none helps."""
    chosen, best = [], 0.0
    for _ in range(k):
        pick, pick_score = None, -1.0
        for i in range(len(sentences)):
            if i in chosen:
                continue
            trial = sorted(chosen + [i])
            r = rouge(" ".join(sentences[j] for j in trial), reference)
            if r[0] + r[1] > pick_score:
                pick, pick_score = i, r[0] + r[1]
        if pick is None or (not exact and pick_score <= best):
            break
        best = pick_score
        chosen = sorted(chosen + [pick])
    return [sentences[j] for j in chosen]


def segment(path, text):
    """The sentence segments Brief's segmenter finds in `text`, in order."""
    out = subprocess.run([path, "split", "--kinds", "--lang", "de", "-"], input=text,
                         capture_output=True, text=True, check=True).stdout
    return [line.split("\t", 1)[1] for line in out.splitlines()
            if line.startswith("sentence\t")]


def run_brief(path, articles, k):
    lines = "".join(json.dumps({"id": a["id"], "text": a["text"]}, ensure_ascii=False) + "\n"
                    for a in articles)
    out = subprocess.run([path, "summarize", "--jsonl", "--k", str(k)], input=lines,
                         capture_output=True, text=True, check=True).stdout
    return {o["id"]: o["sentences"] for o in map(json.loads, filter(None, out.splitlines()))}


def load_predictions(path):
    with open(path, encoding="utf-8") as f:
        return {o["id"]: o["sentences"] for o in map(json.loads, filter(None, f.read().splitlines()))}


def main():
    parser = argparse.ArgumentParser(description="German ROUGE of Lead-3, oracle and Brief.")
    parser.add_argument("--data", default=DATA)
    parser.add_argument("--brief", default=".build/release/brief", help="the brief executable")
    parser.add_argument("--no-brief", action="store_true", help="do not run the CLI")
    parser.add_argument("--predictions", action="append", default=[], help="JSONL predictions")
    parser.add_argument("--no-oracle", action="store_true", help="skip the (slow) oracle")
    parser.add_argument("--k", type=int, default=3)
    parser.add_argument("--naive-split", action="store_true",
                        help="split with the regex rule instead of `brief split`")
    parser.add_argument("--tuning-only", action="store_true",
                        help="score the tuning part only (while developing: the held-out part is "
                             "for the final check)")
    args = parser.parse_args()
    with open(args.data, encoding="utf-8") as f:
        articles = sorted((json.loads(l) for l in f if l.strip()), key=lambda a: a["id"])
    if args.tuning_only:
        articles = articles[:TUNE]
    if not os.path.exists(args.brief) and not (args.no_brief and args.naive_split):
        sys.exit(f"{args.brief} not found: build it (swift build -c release "
                 "--static-swift-stdlib --product brief), pass --brief PATH, or use "
                 "--no-brief --naive-split with --predictions FILE")
    sentences = {a["id"]: split(a["text"]) if args.naive_split else segment(args.brief, a["text"])
                 for a in articles}
    systems = {"Lead-3": {a["id"]: sentences[a["id"]][: args.k] for a in articles}}
    if not args.no_oracle:
        systems["Oracle-3"] = {a["id"]: oracle(sentences[a["id"]], a["reference"], args.k)
                               for a in articles}
        systems["Oracle≤3"] = {a["id"]: oracle(sentences[a["id"]], a["reference"], args.k,
                                               exact=False) for a in articles}
    if not args.no_brief:
        systems["Brief"] = run_brief(args.brief, articles, args.k)
    for path in args.predictions:
        systems[path] = load_predictions(path)
    parts = {"tune (first 220)": articles[:TUNE], "held-out (last 110)": articles[TUNE:],
             "all 330": articles}
    if args.tuning_only:
        parts = {"tune (first 220)": articles}
    width = max(len(name) for name in systems)
    for part, subset in parts.items():
        print(f"{part}:")
        print(f"  {'':<{width}}  {'R1':>5}  {'R2':>5}  {'RL':>5}   margin over Lead-3, R1 / R2"
              " [95% paired bootstrap]")
        lead = None
        for name, predictions in systems.items():
            scores = [rouge(" ".join(predictions.get(a["id"], [])), a["reference"]) for a in subset]
            means = [100 * sum(s[i] for s in scores) / len(scores) for i in range(3)]
            line = f"  {name:<{width}}  {means[0]:5.2f}  {means[1]:5.2f}  {means[2]:5.2f}"
            if lead is None:
                lead = scores
            else:
                line += "   " + " / ".join(
                    "%+.2f [%+.2f, %+.2f]" % margin(scores, lead, i) for i in (0, 1))
            print(line)
    return 0


def margin(scores, baseline, metric, resamples=2000):
    """Mean per-article difference of `metric` (x 100) with its 95% paired bootstrap interval."""
    diffs = [100 * (s[metric] - b[metric]) for s, b in zip(scores, baseline)]
    rng = random.Random(0)
    means = sorted(sum(rng.choice(diffs) for _ in diffs) / len(diffs) for _ in range(resamples))
    return sum(diffs) / len(diffs), means[int(0.025 * resamples)], means[int(0.975 * resamples) - 1]


if __name__ == "__main__":
    sys.exit(main())
