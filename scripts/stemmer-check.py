#!/usr/bin/env python3
"""Reference stems for the Swift Snowball stemmers (GermanStemmer, EnglishStemmer).

Vocabulary:
  German  every token of /work/shared/data/corpus/gnad-articles.jsonl (runs of letters,
          lower-cased).
  English every token of the licence texts in /usr/share/common-licenses plus a hand-written
          list of hard cases (exceptional forms, -ing/-ed/-ly, R1 prefixes).

Writes TSV lines `word<TAB>reference stem` (snowballstemmer, pip):
  --full DIR     the whole vocabularies: DIR/german.tsv, DIR/english.tsv
  --fixture DIR  a small deterministic sample (3,000 German, 1,000 English words plus all hard
                 cases) for Tests/BriefKitTests/Fixtures/stemmer/

Compare the Swift side with the full files:
  BRIEF_STEMMER_FULL=DIR swift test --filter StemmerFixtureTests
"""
import argparse
import json
import os
import random
import re
import unicodedata

import snowballstemmer

CORPUS = "/work/shared/data/corpus/gnad-articles.jsonl"
LICENSES = "/usr/share/common-licenses"
TOKEN = re.compile(r"[^\W\d_]+")

HARD_ENGLISH = """
skies skis sky news atlas bias cosmos andes early gently idly only singly ugly howe howes
generate generously general communism community arsenal emergency interest internal
lately organization university universal past pasting
dying lying tying dies lies ties cries cry crying says saying bye yes yesterday yoyo
enjoy enjoying enjoyed player boyish ayes
succeed succeeding proceed proceeding exceed exceedingly agreed agreement feed feedly
evening inning canning earring herring outing innings evenings
hopping hoped hoping filing filed fitting fizzed bled
adding egged odding added eggs aided
caresses ponies ties gas gaps kiwis this his us bus
hopefully conditional rational valency hesitancy digitizer conformably radically
differently analogously vietnamization predication operator feudalism decisiveness
hopefulness callousness formality sensitivity sensibility geology archaeologist
triplicate formative formalize electriciti electrical hopeful goodness
revival allowance inference airliner gyroscopic adjustable defensible irritant
replacement adjustment dependent adoption homologou communism activate angulariti
homologous effective bowdlerize probate rate cease controll roll
generically consignment knightly
""".split()


def vocabulary_from_corpus():
    words = set()
    with open(CORPUS, encoding="utf-8") as f:
        for line in f:
            text = unicodedata.normalize("NFC", json.loads(line)["text"])
            words.update(t.lower() for t in TOKEN.findall(text))
    return sorted(words)


def vocabulary_from_licences():
    words = set()
    for name in sorted(os.listdir(LICENSES)):
        path = os.path.join(LICENSES, name)
        if os.path.isfile(path):
            with open(path, encoding="utf-8", errors="ignore") as f:
                words.update(t.lower() for t in TOKEN.findall(f.read()) if t.isascii())
    return sorted(words)


def write(path, words, stemmer):
    with open(path, "w", encoding="utf-8") as f:
        for word in words:
            f.write(f"{word}\t{stemmer.stemWord(word)}\n")
    print(f"{path}: {len(words)} words")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", help="directory for the whole vocabularies")
    parser.add_argument("--fixture", help="directory for the small test sample")
    args = parser.parse_args()
    german = snowballstemmer.stemmer("german")
    english = snowballstemmer.stemmer("english")
    de_words = vocabulary_from_corpus()
    en_words = sorted(set(vocabulary_from_licences()) | set(HARD_ENGLISH))
    if args.full:
        os.makedirs(args.full, exist_ok=True)
        write(os.path.join(args.full, "german.tsv"), de_words, german)
        write(os.path.join(args.full, "english.tsv"), en_words, english)
    if args.fixture:
        os.makedirs(args.fixture, exist_ok=True)
        rng = random.Random(20250215)
        de_sample = sorted(rng.sample(de_words, min(3000, len(de_words))))
        en_plain = [w for w in en_words if w not in HARD_ENGLISH]
        en_sample = sorted(set(rng.sample(en_plain, min(1000, len(en_plain)))) | set(HARD_ENGLISH))
        write(os.path.join(args.fixture, "german.tsv"), de_sample, german)
        write(os.path.join(args.fixture, "english.tsv"), en_sample, english)


if __name__ == "__main__":
    main()
