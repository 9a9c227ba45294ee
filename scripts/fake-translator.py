#!/usr/bin/env python3
"""A local stand-in for DeepL, LibreTranslate and OpenAI-compatible chat servers.

For benchmarks and trying Brief by hand, never for production: it "translates" by prefixing
each text with "EN: " and replacing its German function words with English ones word for word
(der -> the, und -> and; names, numbers, placeholders and quotes pass through unchanged), so
that Brief's check for answers still in German lets it through, as it does a real translation;
after an optional latency. It speaks the three wire formats Brief uses:

  POST /v2/translate            DeepL       {"text": [...]} -> {"translations": [{"text"}]}
  POST /translate               LibreTranslate {"q": [...]} -> {"translatedText": [...]}
  POST /v1/chat/completions     OpenAI chat  numbered sentences -> a JSON object keyed by
                                             sentence number, as the shipped prompt asks

Usage: scripts/fake-translator.py [--port 8765] [--latency-ms 100] [--log FILE]
Each request is logged as one JSON line (path, number of texts, bytes) to --log.
"""
import argparse
import json
import os
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


# German function words and the English ones put in their place, shared with the tests' server.
FUNCTION_WORDS = dict(
    line.rstrip("\n").split("\t", 1)
    for line in open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                  "fake-english-words.tsv"), encoding="utf-8")
    if line.strip() and not line.startswith("#"))


def english_word(match):
    word = match.group(0)
    english = FUNCTION_WORDS.get(word.lower())
    if english is None:
        return word
    return english[0].upper() + english[1:] if word[0].isupper() else english


def translate(text):
    return "EN: " + re.sub(r"[^\W\d_]+", english_word, text)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # With Nagle on, a reply split over two writes waits for the client's delayed ACK (40 ms
    # on Linux) on every reused connection: the emulator's cost, not Brief's.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def reply(self, status, body):
        # Head and body in one write, as real servers answer: two small writes on a reused
        # connection cost the client an extra wake-up per request.
        data = json.dumps(body).encode()
        reason = self.responses.get(status, ("",))[0]
        head = (f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode()
        self.wfile.write(head + data)

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        raw = self.rfile.read(length)
        time.sleep(self.server.latency)
        try:
            body = json.loads(raw)
        except ValueError:
            return self.reply(400, {"message": "invalid JSON"})
        if self.path.endswith("/v2/translate"):
            texts = body.get("text", [])
            result = {"translations": [{"detected_source_language": "DE", "text": translate(t)}
                                       for t in texts]}
        elif self.path.endswith("/translate"):
            texts = body.get("q", [])
            result = {"translatedText": [translate(t) for t in texts]}
        elif self.path.endswith("/chat/completions"):
            prompt = "\n".join(m.get("content", "") for m in body.get("messages", []))
            texts = re.findall(r"^\s*\d+\.\s(.*)$", prompt, flags=re.M)
            count = re.search(r"(?:all|exactly) (\d+)", prompt)
            if count:
                texts = texts[-int(count.group(1)):]
            content = json.dumps({str(number): translate(text)
                                  for number, text in enumerate(texts, 1)}, ensure_ascii=False)
            result = {"choices": [{"index": 0, "finish_reason": "stop",
                                   "message": {"role": "assistant", "content": content}}]}
        else:
            return self.reply(404, {"message": "not found"})
        with self.server.lock:
            self.server.requests += 1
            if self.server.log:
                self.server.log.write(json.dumps(
                    {"path": self.path, "n_texts": len(texts), "bytes": length}) + "\n")
                self.server.log.flush()
        self.reply(200, result)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--latency-ms", type=float, default=0)
    parser.add_argument("--log")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    server.latency = args.latency_ms / 1000
    server.lock = threading.Lock()
    server.requests = 0
    server.log = open(args.log, "a") if args.log else None
    print(f"listening on http://127.0.0.1:{server.server_address[1]}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
