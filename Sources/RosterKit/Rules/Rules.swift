/// The registry: every rule, in the order of the specification, from
/// `RuleID.allCases` and its exhaustive `rule` switch.
public enum Rules {
  public static let all: [Rule] = RuleID.allCases.map(\.rule)

  /// The rule with this id.
  public static func named(_ name: String) -> Rule? {
    RuleID.named(name)?.rule
  }
}
