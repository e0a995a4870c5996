/// A closure's ends, local times in its own zone, as real instants (SPEC 9).
enum ClosureTime {
  enum Resolution: Equatable {
    case instant(Int64)
    /// The clocks skip the time (spring forward).
    case missing
    /// The clocks show the time twice (fall back).
    case repeated
  }

  /// The instant whose reading in `zone` is `text`; nil when the text is not a local date and time.
  static func resolve(_ text: String, in zone: ZoneRules) -> Resolution? {
    guard let local = LocalDateTime.parse(text) else { return nil }
    let timeline = ZoneTimeline(zone, from: local - 2 * 86_400, to: local + 2 * 86_400)
    var spans: [Span] = []
    timeline.instants(localStart: local, localEnd: local + 1, into: &spans)
    switch spans.count {
    case 0: return .missing
    case 1: return .instant(spans[0].start)
    default: return .repeated
    }
  }
}

extension Closure {
  /// The rules of the closure's zone: its own, or the workspace's.
  func zone(workspace: Workspace?, database: TimeZoneDatabase = .builtIn) -> ZoneRules? {
    guard let name = timezone?.value ?? workspace?.timezone.value else { return nil }
    return database.rules(for: name)
  }

  /// The real instants the closure takes out; nil when it is invalid (invalid-closure says why).
  func span(workspace: Workspace?, database: TimeZoneDatabase = .builtIn) -> Span? {
    guard isComplete, let zone = zone(workspace: workspace, database: database),
      case .instant(let start)? = ClosureTime.resolve(from.value, in: zone),
      case .instant(let end)? = ClosureTime.resolve(until.value, in: zone), start < end
    else { return nil }
    return Span(start, end)
  }
}
