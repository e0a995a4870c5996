/// What every check reads: the loaded configuration and the indexes that
/// several rules need, built once per run. Entities stay in the
/// configuration; indexes hold their positions, never copies.
///
/// The configuration's own members read through it (`context.agents`).
@dynamicMemberLookup
public struct RuleContext: Sendable {
  public let configuration: Configuration
  /// The files read, for the rules that point inside a text value.
  let sources: SourceFiles
  /// The position in `agents` of the first agent with each id.
  let agentPositions: [String: Int]
  /// The position in `teams` of the first team with each id.
  let teamPositions: [String: Int]
  /// The position in `groups` of the first group with each id.
  let groupPositions: [String: Int]
  /// The position in `calendars` of the first calendar with each id.
  let calendarPositions: [String: Int]
  /// For each team, the position in `agents` of each agent it lists (nil for an unknown id).
  let teamMembers: [[Int?]]
  /// For each group, the position in `agents` of each agent it lists (nil for an unknown id).
  let groupMembers: [[Int?]]
  /// For each agent that is the first of its id and has an email, the
  /// position of the first such agent with the same email, case folded
  /// (its own position when it is that first one); nil for the others.
  let firstWithSameEmail: [Int?]
  /// Every weekly schedule, agent by agent, live chat before meetings.
  let schedules: [Schedule]
  /// Coverage over the window, for the rules that need it.
  let coverage: CoverageCheck

  public init(_ configuration: Configuration, sources: SourceFiles = SourceFiles()) {
    self.configuration = configuration
    self.sources = sources
    agentPositions = Self.firstPositions(configuration.agents.lazy.map(\.id.value))
    teamPositions = Self.firstPositions(configuration.teams.lazy.map(\.id.value))
    groupPositions = Self.firstPositions(configuration.groups.lazy.map(\.id.value))
    calendarPositions = Self.firstPositions(configuration.calendars.lazy.map(\.id.value))
    let agents = agentPositions
    teamMembers = configuration.teams.map { $0.agents.map { agents[$0.value] } }
    groupMembers = configuration.groups.map { $0.agents.map { agents[$0.value] } }
    var emails: [String: Int] = [:]
    emails.reserveCapacity(configuration.agents.count)
    firstWithSameEmail = configuration.agents.enumerated().map { position, agent in
      guard agents[agent.id.value] == position, !agent.email.value.isEmpty else { return nil }
      let email = Self.folded(agent.email.value)
      if let first = emails[email] { return first }
      emails[email] = position
      return position
    }
    schedules = configuration.schedules
    coverage = CoverageCheck(configuration, groupMembers: groupMembers)
  }

  public subscript<T>(dynamicMember keyPath: KeyPath<Configuration, T>) -> T {
    configuration[keyPath: keyPath]
  }

  /// The first group with this id.
  func group(_ id: String) -> Group? { groupPositions[id].map { configuration.groups[$0] } }

  /// Each group once, the first of each id, in the order read.
  var distinctGroups: [Group] {
    configuration.groups.indices.lazy.filter { groupPositions[configuration.groups[$0].id.value] == $0 }
      .map { configuration.groups[$0] }
  }

  /// Where a piece of a text value (its UTF-8 offsets in the value) was
  /// written: the piece's own bytes when the source holds it as the value
  /// does, found as the same occurrence among as many; otherwise (an escape
  /// or a folded line inside it, a file not kept) the whole text.
  func range(of piece: Range<Int>, in text: Located<String>) -> SourceRange {
    let file = Int(text.range.file.index)
    guard file < sources.files.count, !piece.isEmpty else { return text.range }
    let bytes = sources.files[file].bytes
    guard Int(text.range.end) <= bytes.count else { return text.range }
    let value = Array(text.value.utf8)
    let needle = value[piece]
    let inValue = value[...].starts(of: needle)
    let inSource = bytes[Int(text.range.start)..<Int(text.range.end)].starts(of: needle)
    guard inValue.count == inSource.count, let nth = inValue.firstIndex(of: piece.lowerBound) else {
      return text.range
    }
    return SourceRange(file: text.range.file, start: UInt32(inSource[nth]), end: UInt32(inSource[nth] + piece.count))
  }

  /// An email as compared: lowercased, without work when it already is.
  private static func folded(_ email: String) -> String {
    email.utf8.contains { $0 >= 0x80 || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }
      ? email.lowercased() : email
  }

  private static func firstPositions(_ ids: some Sequence<String>) -> [String: Int] {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(ids.underestimatedCount)
    for (position, id) in ids.enumerated() where positions[id] == nil { positions[id] = position }
    return positions
  }
}
