#!/usr/bin/env python3
"""Fits the selector's term model and chooses its length allowance on training data only.

Inputs are feature dumps written by the env-gated Swift test `dump sentence features for
training` (sentences split by Brief's real segmenter, term features as `TermSalience`):

    scripts/make-extra-teasers.py /tmp/brief-extra-teasers.jsonl
    BRIEF_FEATURE_DUMP=/tmp/dev.jsonl swift test --filter "dump sentence features"
    BRIEF_FEATURE_INPUT=/tmp/brief-extra-teasers.jsonl BRIEF_FEATURE_DUMP=/tmp/extra.jsonl \
        swift test --filter "dump sentence features"
    scripts/train-selector.py /tmp/dev.jsonl /tmp/extra.jsonl

Training data: the tuning part of the teaser set (first 220 articles by id, as in
scripts/rouge-eval.py) plus the extra corpus articles (teaser cut off a corpus article that is
not in the teaser set; 325). The held-out part (last 110 by id) is never read here.

Model (as `SentenceSelector`): an L2-regularised logistic regression gives each content term
the probability that the teaser holds it; the brief is the set of sentences with the most
salience per word, sum of p over the distinct terms held / (cost in words + allowance), where a
sentence's cost is its words divided by its opener factor (pronoun subject 0.4, weak anaphor
0.6) unless the sentence before it is chosen too. Selection is replicated here as Swift does it:
greedy within the first 12 sentences, then single swaps while the value rises; a sentence of 3
words only right after the sentence before it, one of fewer words or ending in a colon,
question mark or no final punctuation only when nothing else fills the brief (near-duplicate rules left out). Cross-validation (5 folds, 3 shuffles) scores each allowance with term models
fitted on the other folds. The weights fitted on all training data go into
`TermModel.fitted`; the best allowance in CV goes into
`SentenceSelector.Configuration.lengthAllowance`.
"""
import collections
import importlib.util
import json
import os
import random
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("rouge_eval", os.path.join(HERE, "rouge-eval.py"))
R = importlib.util.module_from_spec(spec)
spec.loader.exec_module(R)
EXTRA = os.environ.get("BRIEF_EXTRA_TEASERS", "/tmp/brief-extra-teasers.jsonl")
WINDOW, K = 12, 3
OPENER_FACTOR = {0: 1.0, 1: 0.6, 2: 0.4}
ALLOWANCES = (2, 3, 5, 10, 15, 24)
MINIMUM_WORDS, MINIMUM_WORDS_ALONE = 3, 4


def load(path, refs):
    arts = []
    for o in sorted((json.loads(l) for l in open(path, encoding="utf-8") if l.strip()),
                    key=lambda a: a["id"]):
        open_ = [is_open_ended(s) for s in o["sentences"]]
        ref = R.tokens(refs[o["id"]])
        arts.append({
            "tok": [R.tokens(s) for s in o["sentences"]],
            "r1": collections.Counter(ref), "r2": collections.Counter(zip(ref, ref[1:])),
            "n1": len(ref), "n2": max(0, len(ref) - 1),
            "X": np.array(o["termFeatures"], float).reshape(-1, len(o["termNames"])),
            "y": np.array(o["termLabels"], float),
            "terms": [list(t) for t in o["sentenceTerms"]],
            "words": o["words"],
            "cost": [w / OPENER_FACTOR[p] for w, p in zip(o["words"], o["pronoun"])],
            "open": [o2 or w < MINIMUM_WORDS for o2, w in zip(open_, o["words"])],
            "short": [w < MINIMUM_WORDS_ALONE for w in o["words"]],
            "names": o["termNames"]})
    return arts


def is_open_ended(sentence):
    """As `SentenceShape.isOpenEnded`: ends in anything but `.`, `!` or `…`."""
    end = sentence.rstrip().rstrip("\"\u00ab\u00bb\u201c\u201d\u201e)]\u2019 ")
    return not end.endswith((".", "!", "\u2026"))


def f1(overlap, candidate, reference):
    return 0 if overlap == 0 or candidate == 0 or reference == 0 else 2 * overlap / (candidate + reference)


def rouge12(a, chosen):
    toks = [t for i in sorted(chosen) for t in a["tok"][i]]
    c1, c2 = collections.Counter(toks), collections.Counter(zip(toks, toks[1:]))
    o1 = sum(min(v, a["r1"][k]) for k, v in c1.items())
    o2 = sum(min(v, a["r2"][k]) for k, v in c2.items())
    return f1(o1, len(toks), a["n1"]), f1(o2, max(0, len(toks) - 1), a["n2"])


def fit(arts, lam=1.0):
    X = np.vstack([a["X"] for a in arts if len(a["X"])])
    y = np.concatenate([a["y"] for a in arts if len(a["X"])])
    w = np.zeros(X.shape[1])
    for _ in range(30):
        p = 1 / (1 + np.exp(-X @ w))
        H = (X * (p * (1 - p))[:, None]).T @ X + lam * np.eye(len(w))
        w -= np.linalg.solve(H, X.T @ (p - y) + lam * w)
    return w


def select(a, w, allowance):
    """Greedy in the lead window, then single swaps while the value rises (as Swift)."""
    n = len(a["tok"])
    p = 1 / (1 + np.exp(-a["X"] @ w)) if len(a["X"]) else np.zeros(0)

    def cost(i, chosen):
        # An anaphoric opener costs nothing right after its chosen antecedent.
        return a["words"][i] if i - 1 in chosen else a["cost"][i]

    def value(chosen):
        # A short sentence only right after the sentence before it (`minimumWords`).
        if any(a["short"][i] and i - 1 not in chosen for i in chosen):
            return -1.0
        covered = set(t for i in chosen for t in a["terms"][i])
        return sum(p[t] for t in covered) / (sum(cost(i, chosen) for i in chosen) + allowance)

    # Fragments (open-ended or under 3 words) fill the brief only when the others cannot.
    whole = [i for i in range(n) if not a["open"][i]]
    pool = [i for i in whole if i < WINDOW] if len([i for i in whole if i < WINDOW]) >= min(K, n) else whole
    if len(pool) < min(K, n):
        pool = list(range(n))
    chosen = []
    while len(chosen) < min(K, n):
        chosen.append(max((i for i in pool if i not in chosen), key=lambda i: (value(chosen + [i]), -i)))
    improved = True
    while improved:
        improved, current = False, value(chosen)
        for member in sorted(chosen):
            rest = [i for i in chosen if i != member]
            better = next((c for c in pool if c not in chosen and value(rest + [c]) > current + 1e-12), None)
            if better is not None:
                chosen, improved = rest + [better], True
                break
    return chosen


def score(arts, picks):
    return 100 * np.array([rouge12(a, c) for a, c in zip(arts, picks)]).mean(axis=0)


def main():
    refs = {}
    for path in (R.DATA, EXTRA):
        for line in open(path, encoding="utf-8"):
            if line.strip():
                o = json.loads(line)
                refs[o["id"]] = o["reference"]
    train = load(sys.argv[1], refs)[:R.TUNE] + load(sys.argv[2], refs)
    lead = score(train, [list(range(min(K, len(a["tok"])))) for a in train])
    totals = {allowance: np.zeros(2) for allowance in ALLOWANCES}
    shuffles = 3
    for seed in range(shuffles):
        order = list(range(len(train)))
        random.Random(seed).shuffle(order)
        for fold in range(5):
            test = set(order[fold::5])
            w = fit([train[i] for i in order if i not in test])
            held = [train[i] for i in sorted(test)]
            for allowance in ALLOWANCES:
                picks = [select(a, w, allowance) for a in held]
                totals[allowance] += score(held, picks) * len(held) / len(train) / shuffles
    print("training data: %d articles; Lead-3 R1 %.2f R2 %.2f" % (len(train), *lead))
    for allowance, (r1, r2) in totals.items():
        print("  allowance %2d: 5-fold CV R1 %.2f R2 %.2f (%+.2f / %+.2f)"
              % (allowance, r1, r2, r1 - lead[0], r2 - lead[1]))
    best = max(ALLOWANCES, key=lambda allowance: totals[allowance].sum())
    w = fit(train)
    print("best allowance in CV:", best)
    print("TermModel.fitted (%s):" % ", ".join(train[0]["names"]))
    print("  [" + ", ".join("%.3g" % v for v in w) + "]")


if __name__ == "__main__":
    main()
