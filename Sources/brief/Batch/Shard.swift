import ArgumentParser

/// One of N deterministic shares of a batch's articles, by a stable hash of the article id.
///
/// `--shard 2/4` is the second of four shares; `--shard auto/4` takes the 0-based index from
/// `JOB_COMPLETION_INDEX` (Kubernetes Indexed Jobs) or `SLURM_ARRAY_TASK_ID` (Slurm job
/// arrays). Every article falls in exactly one share, whichever machine computes it.
struct Shard: Equatable, ExpressibleByArgument {
  /// 1-based index of this share.
  var index: Int
  /// Number of shares.
  var count: Int
  /// True when the index is to be read from the environment (`auto/N`).
  var automatic: Bool

  /// The environment variables `auto/N` reads, in order; each holds a 0-based index.
  static let indexVariables = ["JOB_COMPLETION_INDEX", "SLURM_ARRAY_TASK_ID"]

  init?(argument: String) {
    let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let count = Int(parts[1]), count >= 1 else { return nil }
    self.count = count
    if parts[0] == "auto" {
      index = 0
      automatic = true
    } else {
      guard let index = Int(parts[0]), (1...count).contains(index) else { return nil }
      self.index = index
      automatic = false
    }
  }

  /// This shard with an `auto` index read from `environment`.
  func resolved(environment: [String: String]) throws -> Shard {
    guard automatic else { return self }
    for name in Self.indexVariables {
      guard let text = environment[name] else { continue }
      guard let zeroBased = Int(text), (0..<count).contains(zeroBased) else {
        throw ValidationError("\(name)=\(text) is not an index from 0 to \(count - 1).")
      }
      var shard = self
      shard.index = zeroBased + 1
      shard.automatic = false
      return shard
    }
    throw ValidationError(
      "--shard auto/\(count) needs \(Self.indexVariables.joined(separator: " or ")).")
  }

  /// Whether the article with this (raw) id belongs to this shard.
  ///
  /// The hash is of the id as made safe and lower-cased, so ids that become one file name
  /// (`X` and `x`, `a/b` and `a_b`) fall in one shard, where they are made unique in input
  /// order exactly as a single run would.
  func contains(id: String) -> Bool {
    count == 1
      || Int(Self.stableHash(ArticleID.safe(id).lowercased()) % UInt64(count)) == index - 1
  }

  /// FNV-1a 64 of the id's UTF-8 bytes, then MurmurHash3's 64-bit finaliser.
  ///
  /// The same on every machine and in every run. The finaliser matters: FNV-1a's low bits depend only on
  /// the low bits of each byte, so without it `mod 4` could not tell `A` from `a`.
  static func stableHash(_ id: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in id.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    hash ^= hash >> 33
    hash = hash &* 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    hash = hash &* 0xc4ce_b9fe_1a85_ec53
    hash ^= hash >> 33
    return hash
  }

  var description: String { "\(index)/\(count)" }
}
