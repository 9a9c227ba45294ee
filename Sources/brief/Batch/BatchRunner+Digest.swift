import BriefKit

extension BatchRunner {
  /// Replaces each brief with what its JSON file holds (scores rounded to
  /// `JSONRenderer.scoreDecimals`), `chunkCount` at a time on all cores, so the briefs are held
  /// once and not twice; keeps order.
  ///
  /// The batch builds its digest from these rather than from the briefs in memory, so the
  /// digest `brief digest` builds from written briefs (shards of one batch, or the JSON lines of
  /// `brief summarize --jsonl`) is the same, byte for byte, as the batch's own.
  static func makeAsWritten(_ briefs: inout [Brief]) {
    for start in stride(from: 0, to: briefs.count, by: chunkCount) {
      let range = start..<min(start + chunkCount, briefs.count)
      briefs.replaceSubrange(
        range, with: Parallel.map(Array(briefs[range])) { BriefDecoder.asWritten($0) })
    }
  }
}
