/// The id of a rule, such as `overlapping-hours`: every rule of the
/// specification, in its order. The exhaustive switch in `rule` gives each id
/// its `Rule`, so the compiler proves that every rule is registered.
public enum RuleID: String, CaseIterable, Sendable, Comparable, CustomStringConvertible {
  case yamlSyntax = "yaml-syntax"
  case duplicateKey = "duplicate-key"
  case yamlLimits = "yaml-limits"
  case invalidEncoding = "invalid-encoding"
  case unknownKey = "unknown-key"
  case missingKey = "missing-key"
  case wrongType = "wrong-type"
  case invalidValue = "invalid-value"
  case emptyFile = "empty-file"
  case missingWorkspace = "missing-workspace"
  case duplicateSection = "duplicate-section"
  case duplicateID = "duplicate-id"
  case duplicateEmail = "duplicate-email"
  case unknownAgent = "unknown-agent"
  case unknownGroup = "unknown-group"
  case duplicateMember = "duplicate-member"
  case orphanedAgent = "orphaned-agent"
  case emptyTeam = "empty-team"
  case emptyGroup = "empty-group"
  case overlappingHours = "overlapping-hours"
  case emptyBlock = "empty-block"
  case noHours = "no-hours"
  case meetingBlockTooShort = "meeting-block-too-short"
  case neverStaffedGroup = "never-staffed-group"
  case missingTranslation = "missing-translation"
  case untranslatedGroupName = "untranslated-group-name"
  case unknownLocale = "unknown-locale"
  case unsafeLink = "unsafe-link"
  case unknownToken = "unknown-token"
  case meetingBookingUnavailable = "meeting-booking-unavailable"
  case triggerToDisabledGroup = "trigger-to-disabled-group"
  case shadowedTrigger = "shadowed-trigger"
  case duplicateTriggerName = "duplicate-trigger-name"
  case duplicateGroupCode = "duplicate-group-code"
  case noSelectableGroup = "no-selectable-group"
  case unknownInclude = "unknown-include"
  case placeholderGroupCode = "placeholder-group-code"
  case closedDayReopened = "closed-day-reopened"
  case legacyTimezone = "legacy-timezone"
  case fixedOffsetTimezone = "fixed-offset-timezone"
  case blockInDSTGap = "block-in-dst-gap"
  case groupUnstaffed = "group-unstaffed"
  case dstOnlyGap = "dst-only-gap"
  case unknownCalendar = "unknown-calendar"
  case invalidDate = "invalid-date"
  case conflictingDates = "conflicting-dates"
  case invalidClosure = "invalid-closure"
  case extraHoursDuringTimeOff = "extra-hours-during-time-off"
  case orphanedCalendar = "orphaned-calendar"
  case datedEntryChangesNothing = "dated-entry-changes-nothing"
  case everyGroupClosed = "every-group-closed"

  public var description: String { rawValue }

  public static func < (a: RuleID, b: RuleID) -> Bool { a.rawValue < b.rawValue }

  /// The severity a finding has unless `workspace.rules` changes it.
  public var defaultSeverity: Severity {
    switch self {
    case .emptyFile, .duplicateMember, .orphanedAgent, .emptyTeam, .emptyGroup, .noHours, .meetingBlockTooShort,
      .neverStaffedGroup, .untranslatedGroupName, .shadowedTrigger, .noSelectableGroup, .legacyTimezone,
      .fixedOffsetTimezone, .blockInDSTGap, .groupUnstaffed, .dstOnlyGap, .orphanedCalendar,
      .datedEntryChangesNothing, .everyGroupClosed, .closedDayReopened, .placeholderGroupCode:
      return .warning
    default:
      return .error
    }
  }

  /// YAML and schema rules: a workspace may not change their severity.
  public var isFixed: Bool {
    switch self {
    case .yamlSyntax, .duplicateKey, .yamlLimits, .invalidEncoding, .unknownKey, .missingKey, .wrongType, .invalidValue:
      return true
    default:
      return false
    }
  }

  /// The findings that stop a file from being read whole: what it defines is then unknown.
  public var breaksFile: Bool { self == .yamlSyntax || self == .invalidEncoding || self == .yamlLimits }

  /// False for checks that look inside one agent, team, group, text or the
  /// trigger list: they still run when some file cannot be parsed. The
  /// others need the whole configuration, and would report what the broken
  /// file hides (an agent it defines as unknown, say).
  public var looksAcrossFiles: Bool {
    switch self {
    case .overlappingHours, .emptyBlock, .noHours, .meetingBlockTooShort, .unsafeLink, .unknownToken,
      .duplicateMember, .emptyTeam, .emptyGroup, .duplicateTriggerName, .shadowedTrigger, .legacyTimezone,
      .fixedOffsetTimezone, .invalidDate, .invalidClosure, .extraHoursDuringTimeOff, .closedDayReopened:
      return false
    default:
      return true
    }
  }

  /// The rule's documentation, examples and check.
  public var rule: Rule {
    switch self {
    case .yamlSyntax: .yamlSyntax
    case .duplicateKey: .duplicateKey
    case .yamlLimits: .yamlLimits
    case .invalidEncoding: .invalidEncoding
    case .unknownKey: .unknownKey
    case .missingKey: .missingKey
    case .wrongType: .wrongType
    case .invalidValue: .invalidValue
    case .emptyFile: .emptyFile
    case .missingWorkspace: .missingWorkspace
    case .duplicateSection: .duplicateSection
    case .duplicateID: .duplicateID
    case .duplicateEmail: .duplicateEmail
    case .unknownAgent: .unknownAgent
    case .unknownGroup: .unknownGroup
    case .duplicateMember: .duplicateMember
    case .orphanedAgent: .orphanedAgent
    case .emptyTeam: .emptyTeam
    case .emptyGroup: .emptyGroup
    case .overlappingHours: .overlappingHours
    case .emptyBlock: .emptyBlock
    case .noHours: .noHours
    case .meetingBlockTooShort: .meetingBlockTooShort
    case .neverStaffedGroup: .neverStaffedGroup
    case .missingTranslation: .missingTranslation
    case .untranslatedGroupName: .untranslatedGroupName
    case .unknownLocale: .unknownLocale
    case .unsafeLink: .unsafeLink
    case .unknownToken: .unknownToken
    case .meetingBookingUnavailable: .meetingBookingUnavailable
    case .triggerToDisabledGroup: .triggerToDisabledGroup
    case .shadowedTrigger: .shadowedTrigger
    case .duplicateTriggerName: .duplicateTriggerName
    case .duplicateGroupCode: .duplicateGroupCode
    case .noSelectableGroup: .noSelectableGroup
    case .unknownInclude: .unknownInclude
    case .placeholderGroupCode: .placeholderGroupCode
    case .closedDayReopened: .closedDayReopened
    case .legacyTimezone: .legacyTimezone
    case .fixedOffsetTimezone: .fixedOffsetTimezone
    case .blockInDSTGap: .blockInDSTGap
    case .groupUnstaffed: .groupUnstaffed
    case .dstOnlyGap: .dstOnlyGap
    case .unknownCalendar: .unknownCalendar
    case .invalidDate: .invalidDate
    case .conflictingDates: .conflictingDates
    case .invalidClosure: .invalidClosure
    case .extraHoursDuringTimeOff: .extraHoursDuringTimeOff
    case .orphanedCalendar: .orphanedCalendar
    case .datedEntryChangesNothing: .datedEntryChangesNothing
    case .everyGroupClosed: .everyGroupClosed
    }
  }

  /// The rule with this id, if there is one.
  public static func named(_ name: String) -> RuleID? { RuleID(rawValue: name) }
}
