import Foundation
import Testing

/// What `brief` does when standard output or standard error cannot be written: a closed
/// descriptor, a full device, a reader that went away.
struct StandardStreamTests {
  /// Runs `script` with `/bin/sh -c` in a new folder holding `seed.txt` (a seed article) and
  /// `feed.jsonl` (three articles), `$BRIEF` naming the built executable.
  func shell(_ script: String) throws -> BriefProcess.Result {
    let folder = try BriefProcess.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let seed = try BriefProcess.seedFiles()[0]
    try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent("seed.txt"))
    let text = "Die Regierung beriet am Montag über den Haushalt. Eine Einigung gab es nicht."
    let feed = (1...3).map { #"{"id": "a\#($0)", "text": "\#(text)"}"# + "\n" }.joined()
    try Data(feed.utf8).write(to: folder.appendingPathComponent("feed.jsonl"))
    return try BriefProcess.run(
      ["-c", script], in: folder,
      environment: ["BRIEF": try BriefProcess.executable().path], shell: true)
  }

  @Test(arguments: [
    (#""$BRIEF" summarize seed.txt >&-"#, "Bad file descriptor"),
    (#""$BRIEF" summarize seed.txt > /dev/full"#, "No space left on device"),
    (#""$BRIEF" summarize --format json seed.txt > /dev/full"#, "No space left on device"),
    (#""$BRIEF" split seed.txt > /dev/full"#, "No space left on device"),
    (#""$BRIEF" split --kinds - < seed.txt >&-"#, "Bad file descriptor"),
    (#""$BRIEF" summarize --jsonl < feed.jsonl > /dev/full"#, "No space left on device"),
    (#""$BRIEF" summarize feed.jsonl >&-"#, "Bad file descriptor"),
  ])
  func `a failed write to standard output ends the run with one line and status 74`(
    script: String, reason: String
  ) throws {
    let result = try shell(script)
    #expect(result.status == 74, "\(result.stderr)")
    #expect(result.stderr == "brief: standard output: write error (\(reason))\n")
  }

  @Test func `a failed write to standard error is ignored`() throws {
    let missing = try shell(#""$BRIEF" summarize /nonexistent 2>/dev/full"#)
    #expect(missing.status == 1)
    let batch = try shell(
      #""$BRIEF" batch seed.txt --out out 2>/dev/full && test -s out/report.json"#)
    #expect(batch.status == 0, "\(batch.stderr)")
    let closed = try shell(#""$BRIEF" summarize seed.txt 2>&- | grep -c '^# '"#)
    #expect(closed.status == 0)
  }

  @Test func `a reader that goes away while SIGPIPE is ignored is a write error`() throws {
    let result = try shell(
      #"for i in $(seq 3000); do cat seed.txt; done > big.txt; trap '' PIPE; "#
        + #"{ "$BRIEF" split big.txt 2> err; echo $? > status; } | head -c 10 > /dev/null; "#
        + #"cat err >&2; cat status"#)
    #expect(result.stdout == "74\n", "\(result.stderr)")
    #expect(result.stderr == "brief: standard output: write error (Broken pipe)\n")
  }

  @Test func `a reader of standard error that goes away does not stop a batch`() throws {
    // 40 empty files: one error line each, to a reader that has gone after the first bytes.
    let result = try shell(
      #"mkdir in; cp seed.txt in/; for i in $(seq 40); do : > in/e$i.txt; done; "#
        + #"{ "$BRIEF" batch in --out out 2>&1 >/dev/null; echo $? > status; } | head -c 1 "#
        + #"> /dev/null; cat status; ls out/briefs; test -s out/report.json"#)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("1\n"), "\(result.stdout)")
    #expect(result.stdout.contains("seed.md"))
  }

  @Test func `a reader of standard output that goes away ends the run by SIGPIPE, silently`()
    throws
  {
    let result = try shell(
      #"for i in $(seq 3000); do cat seed.txt; done > big.txt; "#
        + #"{ "$BRIEF" split big.txt 2> err; echo $? > status; } | head -c 10 > /dev/null; "#
        + #"cat err >&2; cat status"#)
    #expect(result.stdout == "141\n", "\(result.stderr)")
    #expect(result.stderr.isEmpty)
  }

  @Test func `with standard error closed, no message lands in an output file`() throws {
    let result = try shell(
      #""$BRIEF" batch seed.txt missing.txt --out out 2>&-; echo $?; "#
        + #"! grep -rl '^brief: ' out"#)
    #expect(result.stdout == "1\n", "\(result.stderr)")
    #expect(result.status == 0, "a message was written into an output file")
  }
}
