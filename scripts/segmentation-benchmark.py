#!/usr/bin/env python3
"""F1 and MB/s of `brief split` and peer splitters side by side (see segmentation-benchmark.sh).

F1: boundaries as offsets in the whitespace-free text, as in scripts/segmentation-eval.py;
a peer's sentences are mapped back to offsets by finding each (whitespace-free) sentence in
the whitespace-free text from the previous boundary on. Peers get the text line by line
(each non-blank line is split on its own): headings and list lines are segments in the
gold data, and peers have no notion of them (SoMaJo on whole texts scores about 0.63 on
pysbd-de instead of 0.95). brief gets the whole text, line breaks included.
Speed: brief is timed as a whole process on a file (wall and CPU time, peak RSS from
/usr/bin/time -v); peers are timed in-process around the splitting call only (no
interpreter start-up), on the whole corpus or, for slow peers, on a fixed 1 MB slice.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
SETS = ["pysbd-de", "pragmatic-de", "ersatz-wmt19-de", "ersatz-wmt20-de"]
SLICE = 1_000_000
SLOW = {"SoMaJo", "pySBD", "syntok"}
QUOTED = {
    "SoMaJo": (0.958, 0.950, 0.994, 0.998), "pySBD": (0.965, 0.960, 0.992, 0.998),
    "sentencex": (0.915, 0.923, 0.944, 0.965), "NLTK punkt": (0.800, 0.762, 0.972, 0.997),
    "blingfire": (0.814, 0.780, 0.964, 0.976),
}
WHITESPACE = re.compile(r"\s+")


def squeeze(text):
    return WHITESPACE.sub("", text)


def offsets(sentences, flat):
    """Boundary offsets in `flat` (whitespace-free text) after every sentence but the last."""
    result, position = set(), 0
    for sentence in sentences[:-1]:
        piece = squeeze(sentence)
        if not piece:
            continue
        found = flat.find(piece, position)
        position = found + len(piece) if found >= 0 else position + len(piece)
        result.add(position)
    result.discard(len(flat))
    return result


def f1(splitter, cases):
    tp = fp = fn = 0
    for case in cases:
        flat = squeeze(case["text"])
        gold = offsets(case["sentences"], flat)
        pred = offsets(splitter(case["text"]), flat)
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def peers():
    """(name, split function) for every peer."""
    import blingfire
    import punkt
    import pysbd
    import sentencex
    from somajo import SoMaJo
    from syntok import segmenter as syntok_segmenter

    somajo = SoMaJo("de_CMC", split_camel_case=False)
    pysbd_de = pysbd.Segmenter(language="de", clean=False)
    punkt_de = punkt.PunktSentenceTokenizer(punkt.load_model("german"))

    def somajo_split(text):
        return [" ".join(token.text for token in sentence)
                for sentence in somajo.tokenize_text([text])]

    def syntok_split(text):
        sentences = []
        for paragraph in syntok_segmenter.analyze(text):
            for sentence in paragraph:
                start, last = sentence[0].offset, sentence[-1]
                sentences.append(text[start:last.offset + len(last.value)])
        return sentences

    def by_line(split):
        return lambda text: [sentence for line in text.split("\n") if line.strip()
                             for sentence in split(line)]

    return [
        ("SoMaJo", by_line(somajo_split)),
        ("pySBD", by_line(pysbd_de.segment)),
        ("sentencex", by_line(lambda text: list(sentencex.segment("de", text)))),
        ("syntok", by_line(syntok_split)),
        ("NLTK punkt", by_line(punkt_de.tokenize)),
        ("blingfire", by_line(lambda text: blingfire.text_to_sentences(text).split("\n"))),
    ]


def brief_split(brief):
    def split(text):
        result = subprocess.run([brief, "split", "--lang", "de"], input=text.encode(),
                                capture_output=True, check=True)
        return [line for line in result.stdout.decode().split("\n") if line.strip()]
    return split


def time_brief(brief, path):
    """(wall seconds, CPU seconds, peak RSS in MB) of `brief split` on `path`."""
    with tempfile.NamedTemporaryFile() as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name, brief, "split", "--lang", "de",
                        path], stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        stats = open(report.name).read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", stats).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", stats).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats).group(1))
    return wall, user + system, rss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brief", default=os.path.join(ROOT, ".build/release/brief"))
    args = parser.parse_args()
    data = {}
    for name in SETS:
        with open(os.path.join(SHARED, "segmentation", name + ".jsonl"), encoding="utf-8") as f:
            data[name] = [json.loads(line) for line in f if line.strip()]
    with open(os.path.join(SHARED, "corpus", "gnad-articles.jsonl"), encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    corpus = ("\n\n".join(texts) + "\n\n") * 10
    corpus_mb = len(corpus.encode()) / 1e6
    piece = corpus.encode()[:SLICE].decode("utf-8", "ignore")
    piece_mb = len(piece.encode()) / 1e6
    rows = []
    splitters = [("brief", brief_split(args.brief))] + peers()
    for name, split in splitters:
        scores = [f1(split, data[s]) for s in SETS]
        if name == "brief":
            with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8") as f:
                f.write(corpus)
                f.flush()
                wall, cpu, rss = min(time_brief(args.brief, f.name) for _ in range(3))
            rows.append((name, scores, corpus_mb / wall, corpus_mb / cpu, "27 MB, process",
                         rss))
            continue
        text, size = (piece, piece_mb) if name in SLOW else (corpus, corpus_mb)
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        split(text)
        wall, cpu = time.perf_counter() - wall_start, time.process_time() - cpu_start
        rows.append((name, scores, size / wall, size / cpu,
                     "1 MB slice" if name in SLOW else f"{size:.0f} MB", None))
    print(f"corpus: gnad-articles x10 = {corpus_mb:.1f} MB; slow peers on the first "
          f"{piece_mb:.1f} MB")
    header = " ".join(f"{s:>15}" for s in SETS)
    print(f"{'splitter':<11} {header} {'MB/s wall':>9} {'MB/s CPU':>9}  timed on")
    for name, scores, wall_speed, cpu_speed, timed, _ in rows:
        cells = " ".join(f"{score:15.4f}" for score in scores)
        print(f"{name:<11} {cells} {wall_speed:9.2f} {cpu_speed:9.2f}  {timed}")
    print("issue's quoted peer F1 (pysbd, pragmatic, wmt19, wmt20):")
    for name, quoted in QUOTED.items():
        print(f"  {name:<11} " + " ".join(f"{q:.3f}" for q in quoted))
    brief = rows[0]
    sentencex_row = next(row for row in rows if row[0] == "sentencex")
    print(f"brief/sentencex: {brief[2] / sentencex_row[2]:.1f}x wall, "
          f"{brief[3] / sentencex_row[3]:.1f}x CPU")
    print(f"brief peak RSS: {brief[5]:.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
