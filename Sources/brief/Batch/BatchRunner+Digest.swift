import BriefKit

extension BatchRunner {
  /// The briefs as their JSON files hold them (scores rounded to
  /// `JSONRenderer.scoreDecimals`), read back on all cores; keeps order.
  ///
  /// The batch builds its digest from these rather than from the briefs in memory, so the
  /// digest `brief digest` builds from written briefs (shards of one batch, or the JSON lines of
  /// `brief summarize --jsonl`) is the same, byte for byte, as the batch's own.
  static func briefsAsWritten(_ briefs: [Brief]) -> [Brief] {
    Parallel.map(briefs) { BriefDecoder.asWritten($0) }
  }

  /// `briefsAsWritten` in place, a chunk at a time, so the briefs are held once and not twice.
  static func makeAsWritten(_ briefs: inout [Brief]) {
    for start in stride(from: 0, to: briefs.count, by: chunkCount) {
      let range = start..<min(start + chunkCount, briefs.count)
      briefs.replaceSubrange(range, with: briefsAsWritten(Array(briefs[range])))
    }
  }
}
