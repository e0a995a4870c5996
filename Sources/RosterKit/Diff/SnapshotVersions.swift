/// The snapshot formats that Roster has written, and how an older one reads
/// as the current: `roster diff` compares a build of an earlier release with
/// a configuration of today without reporting the format's own changes.
public enum SnapshotVersions {
  /// Every format `roster diff` reads, oldest first.
  public static let readable = ["roster.snapshot/1", SnapshotV2.format]

  /// `snapshot` as the current format writes it: the keys that version 2
  /// added, with the values that mean "none" (no calendars, no dated entries,
  /// no coverage window, no service hours); zones by their canonical name;
  /// every rule's severity in effect, as a snapshot of today writes them.
  public static func upgraded(_ snapshot: JSONValue, database: TimeZoneDatabase = .builtIn) -> JSONValue {
    guard var top = snapshot.members else { return snapshot }
    top["format"] = .string(SnapshotV2.format)
    top["calendars"] = top["calendars"] ?? .array([])
    top["closures"] = top["closures"] ?? .array([])
    func zone(_ value: JSONValue?) -> JSONValue? {
      value?.text.map { .string(database.canonical($0)) } ?? value
    }
    if var workspace = top["workspace"]?.members {
      workspace["calendars"] = workspace["calendars"] ?? .array([])
      workspace["coverage"] = workspace["coverage"] ?? .null
      workspace["timezone"] = zone(workspace["timezone"])
      var rules = workspace["rules"]?.members ?? [:]
      for rule in RuleID.allCases where !rule.isFixed && rules[rule.rawValue] == nil {
        rules[rule.rawValue] = .string(rule.defaultSeverity.rawValue)
      }
      workspace["rules"] = .object(rules)
      top["workspace"] = .object(workspace)
    }
    top["agents"] =
      top["agents"]?.items.map { agents in
        .array(
          agents.map { agent in
            guard var members = agent.members else { return agent }
            for key in ["calendars", "time_off", "extra_hours"] { members[key] = members[key] ?? .array([]) }
            for key in ["live_chat", "meetings"] {
              if var schedule = members[key]?.members {
                schedule["timezone"] = zone(schedule["timezone"])
                members[key] = .object(schedule)
              }
            }
            return .object(members)
          })
      } ?? top["agents"]
    top["groups"] =
      top["groups"]?.items.map { groups in
        .array(
          groups.map { group in
            guard var members = group.members else { return group }
            members["service_hours"] = members["service_hours"] ?? .null
            return .object(members)
          })
      } ?? top["groups"]
    return .object(top)
  }
}

/// A closure's moment, which the snapshot writes in UTC, read in a zone.
enum ClosureMoment {
  /// `2026-03-25 14:00` for `2026-03-25T13:00` in `Europe/Paris`; nil for a text that is not a moment or a zone not known.
  static func local(utc text: String, in zone: String, database: TimeZoneDatabase = .builtIn) -> String? {
    guard let instant = LocalDateTime.parse(text), let rules = database.rules(for: zone) else { return nil }
    let reading = CoverageText.reading(instant + Int64(rules.offset(at: instant)))
    return reading.date.iso + " " + CoverageText.clock(reading.time)
  }
}
