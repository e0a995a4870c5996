@testable import RosterKit

// The emitters take a resolved configuration, which exists only without
// errors; tests of the emitters build configurations by hand and resolve
// them as they are.

extension Snapshot {
  static func render(_ configuration: Configuration) -> String {
    render(ResolvedConfiguration(unchecked: configuration))
  }

  static func value(for configuration: Configuration) -> JSONValue {
    value(for: ResolvedConfiguration(unchecked: configuration))
  }
}

extension Snippet {
  static func html(for group: Group, in configuration: Configuration) -> String {
    html(for: group, in: ResolvedConfiguration(unchecked: configuration))
  }
}

extension Roster {
  static func buildProducts(_ configuration: Configuration) -> [(path: String, contents: String)] {
    buildProducts(ResolvedConfiguration(unchecked: configuration)).map {
      ($0.path, String(decoding: $0.bytes, as: UTF8.self))
    }
  }

  static func enabledGroups(_ configuration: Configuration) -> [Group] {
    ResolvedConfiguration(unchecked: configuration).enabledGroups
  }
}
