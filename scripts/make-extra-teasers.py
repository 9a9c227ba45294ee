#!/usr/bin/env python3
"""Extra training data for the selector: corpus articles that are NOT in the teaser dev set.

/work/shared/data/corpus/gnad-articles.jsonl holds teaser + body in one paragraph; the body of a
derStandard article opens with a dateline ("Wien – "). Each corpus article with such a dateline
becomes {"id", "text": body, "reference": teaser}, unless its body shares its opening with any
article of /work/shared/data/summarization/gnad-teaser-dev.jsonl, whitespace ignored (those are
left out, so the dev set's held-out part stays unseen; the corpus and the set space some datelines
differently), or its teaser is longer than MAX_TEASER_WORDS (the dateline pattern then matched
inside the body, not after a teaser; the set's own teasers have 4 to 37 words). Written to the path given (default
/tmp/brief-extra-teasers.jsonl); used by scripts/train-selector.py as additional training data.
"""
import json
import re
import sys

CORPUS = "/work/shared/data/corpus/gnad-articles.jsonl"
DEV = "/work/shared/data/summarization/gnad-teaser-dev.jsonl"
MAX_TEASER_WORDS = 60
DATELINE = re.compile(r"(?:(?<=[.!?] )|^)([A-ZÄÖÜ][\w/-]*(?: [A-ZÄÖÜ/][\w/-]*){0,3}) – ")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/brief-extra-teasers.jsonl"
    dev = [json.loads(l) for l in open(DEV, encoding="utf-8") if l.strip()]
    squeeze = lambda text: "".join(text.split())
    openings = [squeeze(d["text"])[:50] for d in dev]
    kept = []
    for line in open(CORPUS, encoding="utf-8"):
        if not line.strip():
            continue
        article = json.loads(line)
        text = article["text"]
        squeezed = squeeze(text)
        if any(o in squeezed for o in openings):
            continue
        m = DATELINE.search(text)
        if not m or m.start(1) == 0:
            continue
        teaser, body = text[: m.start(1)].strip(), text[m.start(1):]
        if not 5 <= len(teaser.split()) <= MAX_TEASER_WORDS or len(body.split()) < 60:
            continue
        kept.append({"id": "extra-" + article["id"], "text": body, "reference": teaser})
    with open(out, "w", encoding="utf-8") as f:
        for k in kept:
            f.write(json.dumps(k, ensure_ascii=False) + "\n")
    print(f"{len(kept)} extra training articles -> {out}")


if __name__ == "__main__":
    main()
