/// The id of a rule, such as `overlapping-hours`, with its default severity.
public struct RuleID: Hashable, Sendable, Comparable, CustomStringConvertible {
  public let rawValue: String
  public let defaultSeverity: Severity
  /// YAML and schema rules: a workspace may not change their severity.
  public let isFixed: Bool

  init(_ rawValue: String, _ defaultSeverity: Severity, fixed: Bool = false) {
    self.rawValue = rawValue
    self.defaultSeverity = defaultSeverity
    self.isFixed = fixed
  }

  public var description: String { rawValue }

  public static func == (a: RuleID, b: RuleID) -> Bool { a.rawValue == b.rawValue }
  public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
  public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }
}

extension RuleID {
  // Reading files and YAML.
  public static let yamlSyntax = RuleID("yaml-syntax", .error, fixed: true)
  public static let duplicateKey = RuleID("duplicate-key", .error, fixed: true)
  public static let yamlLimits = RuleID("yaml-limits", .error, fixed: true)
  public static let invalidEncoding = RuleID("invalid-encoding", .error, fixed: true)
  // The schema.
  public static let unknownKey = RuleID("unknown-key", .error, fixed: true)
  public static let missingKey = RuleID("missing-key", .error, fixed: true)
  public static let wrongType = RuleID("wrong-type", .error, fixed: true)
  public static let invalidValue = RuleID("invalid-value", .error, fixed: true)
  public static let emptyFile = RuleID("empty-file", .warning)
  public static let missingWorkspace = RuleID("missing-workspace", .error)
  public static let duplicateSection = RuleID("duplicate-section", .error)
  // References and identity.
  public static let duplicateID = RuleID("duplicate-id", .error)
  public static let duplicateEmail = RuleID("duplicate-email", .error)
  public static let unknownAgent = RuleID("unknown-agent", .error)
  public static let unknownGroup = RuleID("unknown-group", .error)
  public static let duplicateMember = RuleID("duplicate-member", .warning)
  public static let orphanedAgent = RuleID("orphaned-agent", .warning)
  public static let emptyTeam = RuleID("empty-team", .warning)
  public static let emptyGroup = RuleID("empty-group", .warning)
  // Hours.
  public static let overlappingHours = RuleID("overlapping-hours", .error)
  public static let emptyBlock = RuleID("empty-block", .error)
  public static let noHours = RuleID("no-hours", .warning)
  public static let meetingBlockTooShort = RuleID("meeting-block-too-short", .warning)
  public static let neverStaffedGroup = RuleID("never-staffed-group", .warning)
  // Texts.
  public static let missingTranslation = RuleID("missing-translation", .error)
  public static let untranslatedGroupName = RuleID("untranslated-group-name", .warning)
  public static let unknownLocale = RuleID("unknown-locale", .error)
  public static let unsafeLink = RuleID("unsafe-link", .error)
  public static let unknownToken = RuleID("unknown-token", .error)
  // Routing.
  public static let meetingBookingUnavailable = RuleID("meeting-booking-unavailable", .error)
  public static let triggerToDisabledGroup = RuleID("trigger-to-disabled-group", .error)
  public static let shadowedTrigger = RuleID("shadowed-trigger", .warning)
  public static let duplicateTriggerName = RuleID("duplicate-trigger-name", .error)
  public static let duplicateGroupCode = RuleID("duplicate-group-code", .error)
  public static let noSelectableGroup = RuleID("no-selectable-group", .warning)

  /// Every rule id, in the order of the specification.
  public static let all: [RuleID] = [
    .yamlSyntax, .duplicateKey, .yamlLimits, .invalidEncoding, .unknownKey, .missingKey,
    .wrongType, .invalidValue, .emptyFile, .missingWorkspace, .duplicateSection, .duplicateID,
    .duplicateEmail, .unknownAgent, .unknownGroup, .duplicateMember, .orphanedAgent, .emptyTeam,
    .emptyGroup, .overlappingHours, .emptyBlock, .noHours, .meetingBlockTooShort,
    .neverStaffedGroup, .missingTranslation, .untranslatedGroupName, .unknownLocale, .unsafeLink,
    .unknownToken, .meetingBookingUnavailable, .triggerToDisabledGroup, .shadowedTrigger,
    .duplicateTriggerName, .duplicateGroupCode, .noSelectableGroup,
  ]

  /// The rule with this id, if there is one.
  public static func named(_ name: String) -> RuleID? {
    all.first { $0.rawValue == name }
  }
}
