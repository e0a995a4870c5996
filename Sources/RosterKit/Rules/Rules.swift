/// The registry: every rule, in the order of the specification.
public enum Rules {
  public static let all: [Rule] = [
    .yamlSyntax, .duplicateKey, .yamlLimits, .invalidEncoding, .unknownKey, .missingKey,
    .wrongType, .invalidValue, .emptyFile, .missingWorkspace, .duplicateSection, .duplicateID,
    .duplicateEmail, .unknownAgent, .unknownGroup, .duplicateMember, .orphanedAgent, .emptyTeam,
    .emptyGroup, .overlappingHours, .emptyBlock, .noHours, .meetingBlockTooShort,
    .neverStaffedGroup, .missingTranslation, .untranslatedGroupName, .unknownLocale, .unsafeLink,
    .unknownToken, .meetingBookingUnavailable, .triggerToDisabledGroup, .shadowedTrigger,
    .duplicateTriggerName, .duplicateGroupCode, .noSelectableGroup,
  ]

  /// The rule with this id.
  public static func named(_ name: String) -> Rule? {
    all.first { $0.id.rawValue == name }
  }
}
