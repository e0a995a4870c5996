/// What changed between two snapshots (SPEC 10), entity by entity, in the
/// words people write: agents, teams, groups and calendars matched by id,
/// triggers by name (a reordering is a move), weekly hours compared day by
/// day and shown with day ranges recompressed, durations as `1h30m`.
/// Both snapshots are of the current format (`SnapshotVersions.current`).
public struct EntityChange: Sendable, Equatable {
  public enum Kind: String, Sendable {
    case added, removed, changed, moved
  }

  /// `workspace`, `fallbacks`, `agent`, `team`, `group`, `calendar`, `closure` or `trigger`.
  public var section: String
  /// The id, the trigger's name or the closure's name; nil for the workspace and fallbacks.
  public var id: String?
  public var kind: Kind
  /// What an added or removed entity is (`Alice Martin <alice@acme.example>`), or where a trigger moved.
  public var summary: String?
  /// The changed keys of a changed entity (also of a moved trigger).
  public var fields: [FieldChange] = []
}

/// One key that changed, as written in YAML: `live_chat.hours`, `agents`, `name.fr`.
public struct FieldChange: Sendable, Equatable {
  public var field: String
  /// The key in words: `live-chat hours`, `members`, `name (fr)`.
  public var label: String { FieldLabel.label(field) }
  /// Which part of the key: a day range of weekly hours (`mon-fri`), the dates of a dated entry.
  public var scope: String?
  /// The value before, as written; nil when it was not there (an item added to a list).
  public var old: String?
  /// The value after; nil when it is gone (an item removed from a list).
  public var new: String?
}

public enum SnapshotDiff {
  /// Every change from `old` to `new`, in the order of the snapshot's sections.
  public static func changes(_ old: JSONValue, _ new: JSONValue) -> [EntityChange] {
    var changes: [EntityChange] = []
    for section in ["workspace", "fallbacks"] {
      var fields: [FieldChange] = []
      compare(old[section], new[section], path: "", into: &fields)
      if !fields.isEmpty { changes.append(EntityChange(section: section, id: nil, kind: .changed, fields: fields)) }
    }
    for (key, section) in [("agents", "agent"), ("teams", "team"), ("groups", "group"), ("calendars", "calendar")] {
      changes += entities(old[key], new[key], section: section)
    }
    changes += closures(
      old["closures"], new["closures"],
      zones: (old["workspace"]?["timezone"]?.text, new["workspace"]?["timezone"]?.text))
    changes += triggers(old["triggers"], new["triggers"])
    return changes
  }

  /// Keys that Roster derives from others: membership is written in teams and groups.
  static let derived: [String: Set<String>] = ["agent": ["id", "teams", "groups"], "team": ["id"], "group": ["id"]]

  static func entities(_ old: JSONValue?, _ new: JSONValue?, section: String) -> [EntityChange] {
    let before = byKey(old, "id")
    let after = byKey(new, "id")
    var changes: [EntityChange] = []
    for id in Set(before.keys).union(after.keys).sorted() {
      switch (before[id], after[id]) {
      case (let old?, nil):
        changes.append(EntityChange(section: section, id: id, kind: .removed, summary: summary(old, section)))
      case (nil, let new?):
        changes.append(EntityChange(section: section, id: id, kind: .added, summary: summary(new, section)))
      case (let old?, let new?):
        var fields: [FieldChange] = []
        compare(old, new, path: "", skipping: derived[section] ?? [], into: &fields)
        if !fields.isEmpty { changes.append(EntityChange(section: section, id: id, kind: .changed, fields: fields)) }
      default:
        break
      }
    }
    return changes
  }

  /// Closures by name (a name written twice matched in order), their
  /// moments shown in the workspace's time zone: the snapshot keeps them in UTC.
  static func closures(_ old: JSONValue?, _ new: JSONValue?, zones: (old: String?, new: String?)) -> [EntityChange] {
    func keyed(_ list: JSONValue?) -> [(key: String, closure: JSONValue)] {
      let closures = list?.items ?? []
      return Array(zip(OccurrenceKey.keys(closures.map { $0["name"]?.text ?? "closure" }), closures))
    }
    let shown = OccurrenceKey.name
    func moment(_ closure: JSONValue, _ key: String, _ zone: String?) -> String {
      guard let text = closure[key]?.text, let zone else { return closure[key]?.text ?? "?" }
      return ClosureMoment.local(utc: text, in: zone) ?? text
    }
    func moments(_ closure: JSONValue, _ zone: String?) -> String {
      "\(moment(closure, "from", zone)) → \(moment(closure, "until", zone)) (\(zone ?? "UTC"))"
    }
    let before = keyed(old)
    let after = keyed(new)
    var changes: [EntityChange] = []
    for (key, closure) in before where !after.contains(where: { $0.key == key }) {
      changes.append(
        EntityChange(section: "closure", id: shown(key), kind: .removed, summary: moments(closure, zones.old)))
    }
    for (key, closure) in after {
      guard let was = before.first(where: { $0.key == key })?.closure else {
        changes.append(
          EntityChange(section: "closure", id: shown(key), kind: .added, summary: moments(closure, zones.new)))
        continue
      }
      var fields: [FieldChange] = []
      for field in ["from", "until"] {
        let old = moment(was, field, zones.old)
        let new = moment(closure, field, zones.new)
        if old != new { fields.append(FieldChange(field: field, old: old, new: new)) }
      }
      if !fields.isEmpty {
        changes.append(EntityChange(section: "closure", id: shown(key), kind: .changed, fields: fields))
      }
    }
    return changes
  }

  /// Triggers by name: added, removed, changed, and moved when the order of
  /// those on both sides changed (the fewest moves: those off the longest
  /// common order).
  static func triggers(_ old: JSONValue?, _ new: JSONValue?) -> [EntityChange] {
    let before = old?.items ?? []
    let after = new?.items ?? []
    // A name written twice (duplicate-trigger-name) is matched occurrence by occurrence.
    let beforeNames = OccurrenceKey.keys(before.map { $0["name"]?.text ?? "" })
    let afterNames = OccurrenceKey.keys(after.map { $0["name"]?.text ?? "" })
    let shown = OccurrenceKey.name
    let common = afterNames.filter { beforeNames.contains($0) }
    let commonBefore = beforeNames.filter { afterNames.contains($0) }
    let staying = Set(longestCommonSubsequence(commonBefore, common))
    var changes: [EntityChange] = []
    for (position, trigger) in before.enumerated() where !afterNames.contains(beforeNames[position]) {
      changes.append(
        EntityChange(
          section: "trigger", id: shown(beforeNames[position]), kind: .removed, summary: summary(trigger, "trigger"))
      )
    }
    for (position, trigger) in after.enumerated() {
      let name = afterNames[position]
      guard let was = beforeNames.firstIndex(of: name) else {
        changes.append(
          EntityChange(
            section: "trigger", id: shown(name), kind: .added,
            summary: "\(position + 1) of \(after.count): " + (summary(trigger, "trigger") ?? "")))
        continue
      }
      var fields: [FieldChange] = []
      compare(before[was], trigger, path: "", skipping: ["name"], into: &fields)
      if !staying.contains(name) {
        changes.append(
          EntityChange(
            section: "trigger", id: shown(name), kind: .moved,
            summary: "from \(was + 1) to \(position + 1) of \(after.count)",
            fields: fields))
      } else if !fields.isEmpty {
        changes.append(EntityChange(section: "trigger", id: shown(name), kind: .changed, fields: fields))
      }
    }
    return changes
  }

  /// The longest sequence of names in the order of both lists.
  static func longestCommonSubsequence(_ a: [String], _ b: [String]) -> [String] {
    TextDiff.script(a, b).filter { $0.sign == " " }.map(\.line)
  }

  /// A one-line description of an entity added or removed.
  static func summary(_ entity: JSONValue, _ section: String) -> String? {
    switch section {
    case "agent":
      let name = entity["name"]?.text ?? ""
      var text = entity["email"]?.text.map { "\(name) <\($0)>" } ?? name
      if let liveChat = entity["live_chat"], let hours = liveChat["hours"]?.items {
        text += ", live chat " + WeeklyHoursDiff.week(hours)
        if let zone = liveChat["timezone"]?.text, !zone.isEmpty { text += " (\(zone))" }
      }
      return text
    case "trigger":
      var conditions: [String] = []
      if let prefix = entity["when"]?["url_prefix"]?.text { conditions.append("url_prefix \(prefix)") }
      if let language = entity["when"]?["visitor_language"]?.text { conditions.append("visitor_language \(language)") }
      return "assigns \(entity["assign"]?.text ?? "?") when " + conditions.joined(separator: " and ")
    default:
      if let name = entity["name"] {
        return name.text
          ?? name.members.map { members in
            members.keys.sorted().map { "\($0): \(members[$0]?.text ?? "")" }.joined(separator: ", ")
          }
      }
      return nil
    }
  }

  /// The items of a list by the value of `key`, the first of each.
  static func byKey(_ list: JSONValue?, _ key: String) -> [String: JSONValue] {
    var result: [String: JSONValue] = [:]
    for item in list?.items ?? [] {
      if let id = item[key]?.text, result[id] == nil { result[id] = item }
    }
    return result
  }

  // MARK: - Values

  /// Appends the changes from `old` to `new` under `path`.
  static func compare(
    _ old: JSONValue?, _ new: JSONValue?, path: String, skipping: Set<String> = [], into fields: inout [FieldChange]
  ) {
    if old == new { return }
    let key = path.split(separator: ".").last.map(String.init) ?? path
    // Objects key by key; a localized text added or removed whole, locale by locale.
    let empty: [String: JSONValue]? = [:]
    if let before = old?.members ?? (isLocalized(new) ? empty : nil),
      let after = new?.members ?? (isLocalized(old) ? empty : nil), !isRange(old), !isRange(new)
    {
      for name in Set(before.keys).union(after.keys).sorted() where !skipping.contains(name) {
        compare(before[name], after[name], path: path.isEmpty ? name : path + "." + name, into: &fields)
      }
      return
    }
    let written = writtenKey(path)
    if key == "hours", isWeeklyHours(old) || isWeeklyHours(new) {
      fields += WeeklyHoursDiff.changes(old?.items ?? [], new?.items ?? [], field: written)
      return
    }
    if ["time_off", "extra_hours", "overrides", "days"].contains(key) {
      fields += datedChanges(old?.items ?? [], new?.items ?? [], field: written)
      return
    }
    if case .array(let before)? = old ?? .array([]), case .array(let after)? = new ?? .array([]),
      (before + after).allSatisfy({ $0.text != nil })
    {
      let beforeTexts = before.compactMap(\.text)
      let afterTexts = after.compactMap(\.text)
      for removed in beforeTexts where !afterTexts.contains(removed) {
        fields.append(FieldChange(field: written, old: removed, new: nil))
      }
      for added in afterTexts where !beforeTexts.contains(added) {
        fields.append(FieldChange(field: written, old: nil, new: added))
      }
      if Set(beforeTexts) == Set(afterTexts) {
        fields.append(
          FieldChange(
            field: written, old: beforeTexts.joined(separator: ", "), new: afterTexts.joined(separator: ", ")))
      }
      return
    }
    fields.append(FieldChange(field: written, old: text(old, key: key), new: text(new, key: key)))
  }

  /// The key as the input writes it: durations without their `_seconds`.
  static func writtenKey(_ path: String) -> String {
    path.hasSuffix("_seconds") ? String(path.dropLast("_seconds".count)) : path
  }

  /// A value as a person writes it; nil for a value not there.
  static func text(_ value: JSONValue?, key: String) -> String? {
    guard let value else { return nil }
    switch value {
    case .null: return "none"
    case .bool(let flag): return flag ? "true" : "false"
    case .integer(let number): return key.hasSuffix("_seconds") ? TextFormats.formatDuration(number) : String(number)
    case .number(let spelled): return spelled
    case .string(let text): return text.isEmpty ? "\"\"" : text
    case .array(let items): return "[" + items.map { text($0, key: key) ?? "" }.joined(separator: ", ") + "]"
    case .object:
      if isRange(value) { return rangeText(value) }
      return value.members.map { members in
        members.keys.sorted().map { "\($0): \(text(members[$0], key: $0) ?? "")" }.joined(separator: ", ")
      }
    }
  }

  /// Texts by locale, as names and fallback texts are written.
  static func isLocalized(_ value: JSONValue?) -> Bool {
    guard let members = value?.members, !members.isEmpty else { return false }
    return members.allSatisfy { $0.value.text != nil && TextFormats.checkLocale($0.key).valid }
  }

  /// `{"from", "until"}`, as `workspace.coverage` writes it.
  static func isRange(_ value: JSONValue?) -> Bool {
    guard let members = value?.members else { return false }
    return Set(members.keys) == ["from", "until"]
  }

  static func rangeText(_ value: JSONValue) -> String {
    "\(value["from"]?.text ?? "?")..\(value["until"]?.text ?? "?")"
  }

  static func isWeeklyHours(_ value: JSONValue?) -> Bool {
    guard let items = value?.items, let first = items.first else { return false }
    return first["day"] != nil
  }

  // MARK: - Dated entries

  /// Dated entries matched by their dates: one change per entry added, removed or changed.
  static func datedChanges(_ old: [JSONValue], _ new: [JSONValue], field: String) -> [FieldChange] {
    func dates(_ entry: JSONValue) -> String {
      let from = (entry["from"]?.text ?? "?").replacingPrefix("--", with: "")
      let until = (entry["until"]?.text ?? "?").replacingPrefix("--", with: "")
      return from == until ? from : "\(from)..\(until)"
    }
    func describe(_ entry: JSONValue) -> String {
      var parts: [String] = []
      if let name = entry["name"]?.text ?? entry["reason"]?.text { parts.append(name) }
      let hours = (entry["hours"]?.items ?? []).map { "\($0["start"]?.text ?? "")-\($0["end"]?.text ?? "")" }
      parts.append(hours.isEmpty ? "closed" : hours == ["00:00-24:00"] ? "all day" : hours.joined(separator: ", "))
      if let only = entry["only"]?.text, only != "both" {
        parts.append("only \(only.replacingOccurrences(of: "_", with: "-"))")
      }
      if entry["from"]?.text?.hasPrefix("--") == true { parts.append("every year") }
      return parts.joined(separator: ", ")
    }
    var before: [String: [String]] = [:]
    var after: [String: [String]] = [:]
    for entry in old { before[dates(entry), default: []].append(describe(entry)) }
    for entry in new { after[dates(entry), default: []].append(describe(entry)) }
    var changes: [FieldChange] = []
    for scope in Set(before.keys).union(after.keys).sorted() where before[scope] != after[scope] {
      changes.append(
        FieldChange(
          field: field, scope: scope, old: before[scope]?.joined(separator: "; "),
          new: after[scope]?.joined(separator: "; ")))
    }
    return changes
  }
}

/// Weekly hours compared day by day: the days whose blocks changed the same
/// way are one change, their days recompressed into ranges (`mon-fri`).
enum WeeklyHoursDiff {
  static func changes(_ old: [JSONValue], _ new: [JSONValue], field: String) -> [FieldChange] {
    let before = byDay(old)
    let after = byDay(new)
    var changes: [FieldChange] = []
    var run: (first: Int, last: Int, old: String, new: String)?
    func flush() {
      guard let current = run else { return }
      let days =
        current.first == current.last
        ? Weekday.allCases[current.first].name
        : "\(Weekday.allCases[current.first].name)-\(Weekday.allCases[current.last].name)"
      changes.append(FieldChange(field: field, scope: days, old: current.old, new: current.new))
      run = nil
    }
    for day in Weekday.allCases.indices {
      let old = before[day]
      let new = after[day]
      guard old != new else {
        flush()
        continue
      }
      if let current = run, current.last == day - 1, current.old == old, current.new == new {
        run?.last = day
      } else {
        flush()
        run = (day, day, old, new)
      }
    }
    flush()
    // Days that wrap round the week (`sun-mon`) are one range, as people write them.
    if changes.count > 1, let first = changes.first, let last = changes.last, first.scope?.hasPrefix("mon") == true,
      last.scope?.hasSuffix("sun") == true, first.old == last.old, first.new == last.new
    {
      let start = last.scope?.split(separator: "-").first.map(String.init) ?? "sun"
      let end = first.scope?.split(separator: "-").last.map(String.init) ?? "mon"
      changes.removeLast()
      changes[0].scope = "\(start)-\(end)"
    }
    return changes
  }

  /// A week in a line: the days with the same blocks as ranges,
  /// `mon-fri 09:00-17:00, sat 10:00-12:00`; `closed` when no day is open.
  static func week(_ blocks: [JSONValue]) -> String {
    let days = byDay(blocks, markingNights: false)
    var parts: [String] = []
    var start = 0
    while start < 7 {
      var end = start
      while end + 1 < 7, days[end + 1] == days[start] { end += 1 }
      if days[start] != "closed" {
        let names =
          start == end
          ? Weekday.allCases[start].name : "\(Weekday.allCases[start].name)-\(Weekday.allCases[end].name)"
        parts.append("\(names) \(days[start])")
      }
      start = end + 1
    }
    return parts.isEmpty ? "closed" : parts.joined(separator: ", ")
  }

  /// Each day's blocks as written (`09:00-12:30, 13:30-18:00`), `closed`
  /// for none. A block to 24:00 that the next day continues from 00:00 is
  /// one overnight block, as people write it (`mon 22:00-06:00`), shown on
  /// the day it starts.
  static func byDay(_ blocks: [JSONValue], markingNights: Bool = true) -> [String] {
    var days = [[(start: String, end: String)]](repeating: [], count: 7)
    for block in blocks {
      guard let day = block["day"]?.text, let index = Weekday.allCases.firstIndex(where: { $0.name == day }) else {
        continue
      }
      days[index].append((block["start"]?.text ?? "", block["end"]?.text ?? ""))
    }
    // Which days begin with the rest of the night before.
    var continues = [Bool](repeating: false, count: 7)
    for day in 0..<7 {
      let next = (day + 1) % 7
      if let last = days[day].last, last.end == "24:00", last.start != "00:00",
        let first = days[next].first, first.start == "00:00", first.end != "24:00"
      {
        continues[next] = true
      }
    }
    return (0..<7).map { day in
      var texts: [String] = []
      for (position, block) in days[day].enumerated() {
        if position == 0 && continues[day] {
          // The rest of the night before: said so, that the day does not read as closed.
          if markingNights {
            texts.append("\(block.start)-\(block.end) (from \(Weekday.allCases[(day + 6) % 7].name))")
          }
          continue
        }
        let next = (day + 1) % 7
        if position == days[day].count - 1, continues[next], let first = days[next].first {
          texts.append("\(block.start)-\(first.end)")
        } else {
          texts.append("\(block.start)-\(block.end)")
        }
      }
      return texts.isEmpty ? "closed" : texts.joined(separator: ", ")
    }
  }
}

extension JSONValue {
  /// The member `key` of an object; nil for anything else.
  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  /// The items of an array.
  public var items: [JSONValue]? {
    if case .array(let items) = self { return items }
    return nil
  }

  /// The members of an object.
  public var members: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// A string's text.
  public var text: String? {
    if case .string(let text) = self { return text }
    return nil
  }
}

extension String {
  fileprivate func replacingPrefix(_ prefix: String, with replacement: String) -> String {
    hasPrefix(prefix) ? replacement + dropFirst(prefix.count) : self
  }
}

/// Keys for items matched by a name that may be written twice (triggers,
/// closures): the name, then `name` NUL `2` for its second occurrence, and so on.
enum OccurrenceKey {
  static func keys(_ names: [String]) -> [String] {
    var seen: [String: Int] = [:]
    return names.map { name in
      seen[name, default: 0] += 1
      return seen[name] == 1 ? name : "\(name)\u{0}\(seen[name]!)"
    }
  }

  /// The name a key stands for.
  static func name(_ key: String) -> String { String(key.prefix { $0 != "\u{0}" }) }
}

/// Keys in words, for people who do not read YAML: `live_chat.hours` is
/// `live-chat hours`, a team's or group's `agents` its `members`, `name.fr`
/// `name (fr)`.
enum FieldLabel {
  static func label(_ field: String) -> String {
    var parts = field.split(separator: ".").map(String.init)
    var locale: String?
    if parts.count >= 2, let last = parts.last, TextFormats.checkLocale(last).valid,
      ["name", "text"].contains(parts[parts.count - 2])
    {
      locale = last
      parts.removeLast()
    }
    var words = parts.map { $0 == "live_chat" ? "live-chat" : $0.replacingOccurrences(of: "_", with: " ") }
    if words == ["agents"] { words = ["members"] }
    if words.starts(with: ["service hours", "hours"]) { words = ["service hours"] + words.dropFirst(2) }
    if words.count == 2, words[0] == "meetings", words[1] == "hours" { words = ["meeting hours"] }
    return words.joined(separator: " ") + (locale.map { " (\($0))" } ?? "")
  }
}
