/// The registry: every rule, in the order of the specification.
public enum Rules {
  public static let all: [Rule] = [
    .yamlSyntax, .duplicateKey, .yamlLimits, .invalidEncoding, .unknownKey, .missingKey,
    .wrongType, .invalidValue, .emptyFile, .missingWorkspace, .duplicateSection, .duplicateID,
    .unknownAgent, .unknownGroup, .orphanedAgent, .overlappingHours, .emptyBlock,
  ]

  /// The rule with this id.
  public static func named(_ name: String) -> Rule? {
    all.first { $0.id.rawValue == name }
  }
}
