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
}
