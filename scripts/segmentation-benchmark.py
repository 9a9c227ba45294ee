#!/usr/bin/env python3
"""F1 and MB/s of `brief split` and peer splitters side by side (see segmentation-benchmark.sh).

F1: boundaries as offsets in the whitespace-free text, as in scripts/segmentation-eval.py;
a peer's sentences are mapped back to offsets by finding each (whitespace-free) sentence in
the whitespace-free text from the previous boundary on. Peers get the text line by line
(each non-blank line is split on its own): headings and list lines are segments in the
gold data, and peers have no notion of them (SoMaJo on whole texts scores about 0.63 on
pysbd-de instead of 0.95). brief gets the whole text, line breaks included.
Speed, as the issue measures it: every splitter as a whole process on the same file (wall and
CPU time, peak RSS from /usr/bin/time -v): `brief split`, and for each peer this script run
as `--run-peer NAME FILE` (import, read, split line by line, write one sentence a line); on
the corpus repeated 10 times or, for slow peers, a fixed 1 MB slice. Rounds interleave the
splitters and the best run counts. The peers' splitting call alone, timed inside this
process, is printed too ("in-proc").
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


def by_line(split):
    """Each non-blank line split on its own (see the module doc)."""
    return lambda text: [sentence for line in text.split("\n") if line.strip()
                         for sentence in split(line)]


def somajo_peer():
    from somajo import SoMaJo
    somajo = SoMaJo("de_CMC", split_camel_case=False)
    return lambda text: [" ".join(token.text for token in sentence)
                         for sentence in somajo.tokenize_text([text])]


def pysbd_peer():
    import pysbd
    return pysbd.Segmenter(language="de", clean=False).segment


def sentencex_peer():
    import sentencex
    return lambda text: list(sentencex.segment("de", text))


def syntok_peer():
    from syntok import segmenter as syntok_segmenter

    def split(text):
        sentences = []
        for paragraph in syntok_segmenter.analyze(text):
            for sentence in paragraph:
                start, last = sentence[0].offset, sentence[-1]
                sentences.append(text[start:last.offset + len(last.value)])
        return sentences
    return split


def punkt_peer():
    import punkt
    return punkt.PunktSentenceTokenizer(punkt.load_model("german")).tokenize


def blingfire_peer():
    import blingfire
    return lambda text: blingfire.text_to_sentences(text).split("\n")


# Each peer's set-up (imports, models) is done by its factory, so that a whole-process run
# pays for it like `brief split` pays for its start-up.
PEERS = {
    "SoMaJo": somajo_peer, "pySBD": pysbd_peer, "sentencex": sentencex_peer,
    "syntok": syntok_peer, "NLTK punkt": punkt_peer, "blingfire": blingfire_peer,
}


def run_peer(name, path):
    """The child process of a whole-process timing: split the file, one sentence a line."""
    split = by_line(PEERS[name]())
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = sys.stdout
    for sentence in split(text):
        out.write(sentence.replace("\n", " ") + "\n")


def brief_split(brief):
    def split(text):
        result = subprocess.run([brief, "split", "--lang", "de"], input=text.encode(),
                                capture_output=True, check=True)
        return [line for line in result.stdout.decode().split("\n") if line.strip()]
    return split


def time_process(command):
    """(wall seconds, CPU seconds, peak RSS in MB) of `command`, output discarded."""
    with tempfile.NamedTemporaryFile() as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command,
                       stdout=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        stats = open(report.name).read()
    user = float(re.search(r"User time \(seconds\): ([\d.]+)", stats).group(1))
    system = float(re.search(r"System time \(seconds\): ([\d.]+)", stats).group(1))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", stats).group(1))
    return wall, user + system, rss / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--brief", default=os.path.join(ROOT, ".build/release/brief"))
    parser.add_argument("--rounds", type=int, default=3,
                        help="whole-process runs per splitter, interleaved; the best counts")
    parser.add_argument("--run-peer", nargs=2, metavar=("NAME", "FILE"),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_peer:
        return run_peer(*args.run_peer)
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
    names = ["brief"] + list(PEERS)
    scores, in_process = {}, {}
    for name in names:
        split = brief_split(args.brief) if name == "brief" else by_line(PEERS[name]())
        scores[name] = [f1(split, data[s]) for s in SETS]
        if name != "brief":
            text, size = (piece, piece_mb) if name in SLOW else (corpus, corpus_mb)
            start = time.perf_counter()
            split(text)
            in_process[name] = size / (time.perf_counter() - start)
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for label, text in (("corpus", corpus), ("slice", piece)):
            files[label] = os.path.join(folder, label + ".txt")
            with open(files[label], "w", encoding="utf-8") as f:
                f.write(text)

        def command(name):
            path = files["slice" if name in SLOW else "corpus"]
            if name == "brief":
                return [args.brief, "split", "--lang", "de", path]
            return [sys.executable, os.path.abspath(__file__), "--run-peer", name, path]

        # Rounds interleave the splitters, so that load on a shared machine falls on all.
        runs = {name: [] for name in names}
        for round_index in range(args.rounds):
            for name in names:
                if name in SLOW and round_index > 0:
                    continue
                runs[name].append(time_process(command(name)))
    print(f"corpus: gnad-articles x10 = {corpus_mb:.1f} MB; slow peers on the first "
          f"{piece_mb:.1f} MB; speed of the whole process (start-up, reading, splitting, "
          f"writing one sentence a line), best of {args.rounds} interleaved rounds "
          f"(slow peers: 1)")
    header = " ".join(f"{s:>15}" for s in SETS)
    print(f"{'splitter':<11} {header} {'MB/s wall':>9} {'MB/s CPU':>9} {'peak MB':>7} "
          f"{'in-proc':>8}  timed on")
    speeds = {}
    for name in names:
        size = piece_mb if name in SLOW else corpus_mb
        wall = min(run[0] for run in runs[name])
        cpu = min(run[1] for run in runs[name])
        rss = max(run[2] for run in runs[name])
        speeds[name] = (size / wall, size / cpu)
        cells = " ".join(f"{score:15.4f}" for score in scores[name])
        inner = f"{in_process[name]:8.2f}" if name in in_process else f"{'-':>8}"
        timed = "1 MB slice" if name in SLOW else f"{size:.0f} MB"
        print(f"{name:<11} {cells} {size / wall:9.2f} {size / cpu:9.2f} {rss:7.1f} {inner}  "
              f"{timed}")
    print("in-proc: MB/s of the splitting call alone, in this Python process (no start-up, "
          "no reading or writing)")
    print("issue's quoted peer F1 (pysbd, pragmatic, wmt19, wmt20):")
    for name, quoted in QUOTED.items():
        print(f"  {name:<11} " + " ".join(f"{q:.3f}" for q in quoted))
    brief, sentencex = speeds["brief"], speeds["sentencex"]
    print(f"brief/sentencex, whole process: {brief[0] / sentencex[0]:.1f}x wall, "
          f"{brief[1] / sentencex[1]:.1f}x CPU; brief's whole process against sentencex's "
          f"splitting call alone: {brief[0] / in_process['sentencex']:.1f}x")
    print(f"brief peak RSS: {max(run[2] for run in runs['brief']):.1f} MB")


if __name__ == "__main__":
    sys.exit(main())
