/// Groups one story's articles into events: articles dated within `windowDays` of each other
/// whose key terms are similar enough report the same happening (a preview and an outcome of
/// one meeting).
///
/// Articles are taken oldest first (ties by id); each joins the most similar open event it
/// fits (ties: the earlier event), else starts one. Undated articles only join undated events.
/// An article or event dated only by a file's modification day needs `fileDatedThreshold`.
///
/// Linear in the story's size: an article is compared with at most `maxMembers` articles of
/// each of at most `maxCandidates` events, so one story of thousands of copies of a wire text
/// does not compare every pair.
struct EventGrouper: Sendable {
  /// Most days between an article and the latest article of the event it joins.
  let windowDays: Int
  /// Least key-term cosine with some article of the event (of its latest `maxMembers`).
  let threshold: Double
  /// Least cosine when the article or some article of the event is dated by its file alone.
  let fileDatedThreshold: Double
  /// Only this many of the latest events are tried, which bounds the work for big stories.
  let maxCandidates: Int
  /// Only this many of an event's latest articles are compared with an article that may join
  /// it, which bounds the work for big events.
  let maxMembers: Int

  /// One article of the story: its index in the batch, id and event date.
  struct Member: Sendable {
    var index: Int
    var id: String
    var date: String?
    /// Whether `date` comes from the file's modification day alone.
    var fileDated = false
  }

  /// The events, each a list of members oldest first; events in order of their first member.
  func events(of members: [Member], weights: TermWeights) -> [[Member]] {
    let ordered = members.sorted { Self.precedes($0, $1) }
    var events: [[Member]] = []
    // Whether some article of each event is dated by its file alone.
    var fileDatedEvents: [Bool] = []
    for member in ordered {
      var best: (event: Int, cosine: Double)?
      for event in events.indices.suffix(maxCandidates) {
        guard let last = events[event].last, fits(member.date, last.date) else { continue }
        let cosine =
          events[event].suffix(maxMembers).lazy
          .map { weights.similarity($0.index, member.index).cosine }.max() ?? 0
        let fileDated = member.fileDated || fileDatedEvents[event]
        guard cosine >= (fileDated ? fileDatedThreshold : threshold) else { continue }
        if best.map({ cosine > $0.cosine }) ?? true { best = (event, cosine) }
      }
      if let best {
        events[best.event].append(member)
        fileDatedEvents[best.event] = fileDatedEvents[best.event] || member.fileDated
      } else {
        events.append([member])
        fileDatedEvents.append(member.fileDated)
      }
    }
    return events
  }

  /// Whether an article of date `a` may join an event whose latest article has date `b`.
  private func fits(_ a: String?, _ b: String?) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case (.some(let x), .some(let y)):
      if let days = DateResolver.daysBetween(y, x) { return abs(days) <= windowDays }
      return x == y
    default: return false
    }
  }

  /// Oldest first, undated last; ties by id, then by batch index.
  static func precedes(_ a: Member, _ b: Member) -> Bool {
    switch (a.date, b.date) {
    case (nil, .some): return false
    case (.some, nil): return true
    case (.some(let x), .some(let y)) where x != y: return x < y
    default: return (a.id, a.index) < (b.id, b.index)
    }
  }
}
