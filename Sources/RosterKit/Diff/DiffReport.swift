/// `roster diff` (SPEC 10): the changes between two sides, then their
/// impact: snippets to paste again, diagnostics that appear or disappear,
/// and each group's coverage before and after with the gaps that appear or
/// disappear and the agents whose change caused them.
public struct DiffReport: Sendable {
  public struct Side: Sendable {
    public var label: String
    /// The format the side was read in.
    public var format: String
    public var digest: String?
    /// The side's findings, when it is a configuration.
    public var errors: Int?
    public var warnings: Int?
    /// The errors of a configuration side, listed: a side with errors is still compared.
    public var errorFindings: [DiagnosticImpact] = []
    /// Files that could not be read (relative to the side's root): what they
    /// define is taken as the other side has it.
    public var unreadFiles: [String] = []
  }

  /// A snippet that must be pasted again, or taken off the site.
  public struct SnippetImpact: Sendable, Equatable {
    public var group: String
    public var reason: String
  }

  /// A finding of one side that the other has not: matched by rule, severity and message.
  public struct DiagnosticImpact: Sendable, Equatable {
    public var rule: String
    public var severity: String
    public var message: String
    /// `path:line`, relative to the side's root.
    public var place: String
  }

  /// A stretch of time that became (or stopped being) a gap, and whose change did it.
  public struct GapImpact: Sendable, Equatable {
    /// `every mon 09:00-10:00` or `2026-03-09 mon 09:00-10:00`, in the workspace time zone.
    public var when: String
    /// The spans it stands for, in real time.
    public var spans: [Span]
    public var seconds: Int64
    /// `alice-martin (live_chat.hours)`, `service_hours of support-fr`.
    public var causes: [String]
  }

  public struct GroupCoverageImpact: Sendable {
    public var group: String
    /// Promised and covered seconds on each side; nil where the group is not enabled.
    public var before: (promised: Int64, covered: Int64)?
    public var after: (promised: Int64, covered: Int64)?
    public var appeared: [GapImpact]
    public var disappeared: [GapImpact]
    /// Service hours that dated entries (holidays, overrides, closures) now take out, with those entries.
    public var noLongerPromised: [GapImpact] = []
    /// Service hours that dated entries took out and no longer do.
    public var promisedAgain: [GapImpact] = []

    /// True when the group's coverage or gaps differ between the sides.
    public var changed: Bool {
      !appeared.isEmpty || !disappeared.isEmpty || !noLongerPromised.isEmpty || !promisedAgain.isEmpty
        || before?.promised != after?.promised || before?.covered != after?.covered
    }
  }

  public struct CoverageImpact: Sendable {
    public var window: DateWindow
    public var timezone: String
    /// The new side's workspace zone over the window, for local times and offsets.
    public var zone: ZoneTimeline
    public var groups: [GroupCoverageImpact]
  }

  public var old: Side
  public var new: Side
  public var changes: [EntityChange]
  public var snippets: [SnippetImpact]
  /// Findings that appear, disappear, or stay at their place with another message.
  public struct DiagnosticChanges: Sendable {
    public var appeared: [DiagnosticImpact] = []
    public var disappeared: [DiagnosticImpact] = []
    /// The same rule at the same place, its message changed (a count, a first gap).
    public var changed: [(old: DiagnosticImpact, new: DiagnosticImpact)] = []
    /// Findings of one side that the other could not look for: its checks
    /// across files did not run (a file not read), or its coverage rules left
    /// out groups with errors. Not counted as appearing or disappearing.
    public var notChecked: [DiagnosticImpact] = []

    public var isEmpty: Bool { appeared.isEmpty && disappeared.isEmpty && changed.isEmpty }
  }

  /// Nil when a side is a snapshot file, whose findings are not known.
  public var diagnostics: DiagnosticChanges?
  /// Nil without a window, or when a side is a snapshot file.
  public var coverage: CoverageImpact?
  /// Why there is no coverage impact, when there is none.
  public var coverageNote: String?

  /// True when the two sides differ in anything the report shows.
  public var differs: Bool {
    !changes.isEmpty || !snippets.isEmpty || !(diagnostics?.isEmpty ?? true)
  }
}

extension DiffReport {
  /// Compares two sides; `window` (else the new side's, else the old side's
  /// `workspace.coverage`) sets the coverage compared.
  public init(
    old given: DiffSide, new after: DiffSide, window: DateWindow? = nil, database: TimeZoneDatabase = .builtIn
  ) {
    // What a side could not read is taken as the other side has it.
    let old = given.filled(from: after)
    let new = after.filled(from: given)
    self.old = Self.side(old)
    self.new = Self.side(new)
    changes = SnapshotDiff.changes(old.snapshot, new.snapshot)
    snippets = Self.snippets(old.snapshot, new.snapshot)
    if let before = old.check, let after = new.check {
      diagnostics = Self.diagnostics(old, before, new, after)
      let window = window ?? Self.window(of: after) ?? Self.window(of: before)
      if let window {
        coverage = DiffCoverage.impact(
          before: before.configuration, after: after.configuration, window: window, changes: changes,
          database: database)
        if coverage == nil { coverageNote = "not compared: a side has no valid workspace time zone" }
      } else {
        coverageNote = "no coverage window: set workspace.coverage, or pass --from and --until"
      }
    } else {
      coverageNote = "a snapshot file carries no check: coverage and diagnostics are compared between configurations"
    }
  }

  static func side(_ side: DiffSide) -> Side {
    let summary = side.check?.summary
    var errors: [DiagnosticImpact] = []
    if let check = side.check, summary?.errors ?? 0 > 0 {
      let locator = SourceLocator(check.sources)
      errors = check.diagnostics.filter { $0.severity == .error }.map { impact($0, side, locator) }
    }
    return Side(
      label: side.label, format: side.format, digest: side.snapshot["digest"]?.text, errors: summary?.errors,
      warnings: summary?.warnings, errorFindings: errors, unreadFiles: side.unreadFiles)
  }

  static func impact(_ diagnostic: Diagnostic, _ side: DiffSide, _ locator: SourceLocator) -> DiagnosticImpact {
    DiagnosticImpact(
      rule: diagnostic.rule.rawValue, severity: diagnostic.severity.rawValue, message: diagnostic.message,
      place: side.place(of: diagnostic, locator: locator))
  }

  static func window(of check: CheckResult) -> DateWindow? { check.configuration.workspace?.coverage?.window }

  /// The rules that look at a group's coverage only when its members and hours were read whole.
  static let groupCoverageRules: Set<RuleID> = [
    .groupUnstaffed, .dstOnlyGap, .everyGroupClosed, .datedEntryChangesNothing, .neverStaffedGroup,
  ]

  /// The snippets that change what a page does: a group enabled or added
  /// (paste its snippet), disabled or removed (take it off), a code changed,
  /// or a `widget_id` changed (every enabled group's snippet loads the widget).
  static func snippets(_ old: JSONValue, _ new: JSONValue) -> [SnippetImpact] {
    func enabled(_ snapshot: JSONValue) -> [String: String] {
      var codes: [String: String] = [:]
      for group in snapshot["groups"]?.items ?? [] where group["enabled"] == .bool(true) {
        if let id = group["id"]?.text { codes[id] = group["code"]?.text ?? "" }
      }
      return codes
    }
    let before = enabled(old)
    let after = enabled(new)
    let groupsAfter = SnapshotDiff.byKey(new["groups"], "id")
    let oldWidget = old["workspace"]?["widget_id"]
    let newWidget = new["workspace"]?["widget_id"]
    var impacts: [SnippetImpact] = []
    for id in Set(before.keys).union(after.keys).sorted() {
      switch (before[id], after[id]) {
      case (nil, _?):
        impacts.append(SnippetImpact(group: id, reason: "new: paste its snippet"))
      case (_?, nil):
        let exists = groupsAfter[id] != nil
        impacts.append(
          SnippetImpact(group: id, reason: (exists ? "disabled" : "removed") + ": take its snippet off the site"))
      case (let was?, let now?) where was != now:
        impacts.append(SnippetImpact(group: id, reason: "code \(was) → \(now)"))
      case (_?, _?) where oldWidget != newWidget:
        let text = { (value: JSONValue?) in SnapshotDiff.text(value, key: "widget_id") ?? "none" }
        impacts.append(SnippetImpact(group: id, reason: "widget_id \(text(oldWidget)) → \(text(newWidget))"))
      default:
        break
      }
    }
    return impacts
  }

  /// Findings matched by rule, severity and message, as many times as each side has them.
  static func diagnostics(_ old: DiffSide, _ before: CheckResult, _ new: DiffSide, _ after: CheckResult)
    -> DiagnosticChanges
  {
    func impacts(_ side: DiffSide, _ check: CheckResult) -> [DiagnosticImpact] {
      let locator = SourceLocator(check.sources)
      return check.diagnostics.map { impact($0, side, locator) }
    }
    func unmatched(_ these: [DiagnosticImpact], against others: [DiagnosticImpact]) -> [DiagnosticImpact] {
      var counts: [String: Int] = [:]
      for other in others { counts[other.rule + "\u{0}" + other.severity + "\u{0}" + other.message, default: 0] += 1 }
      return these.filter { impact in
        let key = impact.rule + "\u{0}" + impact.severity + "\u{0}" + impact.message
        guard let count = counts[key], count > 0 else { return true }
        counts[key] = count - 1
        return false
      }
    }
    let beforeImpacts = impacts(old, before)
    let afterImpacts = impacts(new, after)
    var result = DiagnosticChanges()
    result.appeared = unmatched(afterImpacts, against: beforeImpacts)
    result.disappeared = unmatched(beforeImpacts, against: afterImpacts)
    // One finding on each side of a rule at a place: the same finding, its message changed.
    func key(_ impact: DiagnosticImpact) -> String { impact.rule + "\u{0}" + impact.place }
    let appearedKeys = Dictionary(grouping: result.appeared, by: key)
    let disappearedKeys = Dictionary(grouping: result.disappeared, by: key)
    let paired = Set(appearedKeys.keys).filter { appearedKeys[$0]?.count == 1 && disappearedKeys[$0]?.count == 1 }
    for impact in result.appeared where paired.contains(key(impact)) {
      if let was = disappearedKeys[key(impact)]?.first { result.changed.append((was, impact)) }
    }
    result.appeared.removeAll { paired.contains(key($0)) }
    result.disappeared.removeAll { paired.contains(key($0)) }
    // A finding that the other side could not have made is neither new nor gone.
    // What each side could look for is worked out once, not per finding.
    func checker(_ side: DiffSide, _ check: CheckResult) -> (DiagnosticImpact) -> Bool {
      let isPartial = side.isPartial
      let hasErrors = check.summary.errors > 0
      return { impact in
        guard let rule = RuleID(rawValue: impact.rule) else { return true }
        if isPartial && rule.looksAcrossFiles { return false }
        return !hasErrors || !Self.groupCoverageRules.contains(rule)
      }
    }
    let oldChecks = checker(old, before)
    let newChecks = checker(new, after)
    result.notChecked = result.appeared.filter { !oldChecks($0) } + result.disappeared.filter { !newChecks($0) }
    result.appeared.removeAll { !oldChecks($0) }
    result.disappeared.removeAll { !newChecks($0) }
    return result
  }
}
