/// `snapshot.json`: the whole configuration, normalized (SPEC 6), so that two
/// configurations that mean the same thing give byte-identical snapshots.
///
/// It is written in one pass from the resolved configuration, keys named by
/// `Format` through `SnapshotLayout`: the pretty text goes to the file and
/// its canonical form into SHA-256 at the same time. Nothing here reads
/// source ranges, the clock or the machine.
public enum Snapshot {
  /// The value of the `format` key: the snapshot's version. A release that
  /// adds, removes or changes keys bumps it.
  public static let format = "roster.snapshot/1"

  /// The pretty-printed snapshot with its `digest`, ending with one newline.
  public static func render(_ resolved: ResolvedConfiguration) -> String {
    String(decoding: bytes(resolved).text, as: UTF8.self)
  }

  /// The snapshot's bytes and its digest.
  public static func bytes(_ resolved: ResolvedConfiguration) -> (text: [UInt8], digest: String) {
    var writer = SnapshotWriter(sink: JSONDigestWriter(capacity: 2048 * (resolved.agents.count + 16)), resolved)
    writer.write()
    return writer.sink.finish()
  }

  /// Writes the snapshot to an open file as it is made, and gives its digest.
  @discardableResult
  public static func write(_ resolved: ResolvedConfiguration, to descriptor: Int32) throws(WriteFailure) -> String {
    var writer = SnapshotWriter(sink: JSONDigestWriter(writingTo: descriptor), resolved)
    writer.write()
    return try writer.sink.finishWriting()
  }

  /// The snapshot without its `digest` key, as a value to look at.
  public static func value(for resolved: ResolvedConfiguration) -> JSONValue {
    var writer = SnapshotWriter(sink: JSONValueBuilder(), resolved)
    writer.write()
    return writer.sink.value
  }

  /// `sha256:` and the lowercase hex SHA-256 of the value's canonical form (RFC 8785).
  public static func digest(of value: JSONValue) -> String {
    "sha256:" + SHA256Hasher.hash(Array(value.canonical().utf8)).hexString
  }
}

/// Writes the snapshot to a sink, object by object, each object's keys in
/// the order of `SnapshotLayout.members`. A key of `Format` that the writer
/// does not know stops it: every key must have a value in the snapshot.
private struct SnapshotWriter<Sink: JSONSink> {
  var sink: Sink
  let resolved: ResolvedConfiguration

  init(sink: Sink, _ resolved: ResolvedConfiguration) {
    self.sink = sink
    self.resolved = resolved
  }

  mutating func write() {
    sink.beginObject()
    for member in SnapshotMembers.document {
      if member.key == SnapshotLayout.digestKey {
        sink.digestMember(member.key)
        continue
      }
      sink.key(member.key)
      switch member.name {
      case SnapshotLayout.formatKey: sink.string(Snapshot.format)
      case "workspace":
        if let workspace = resolved.workspace { self.workspace(workspace) } else { sink.null() }
      case "fallbacks": fallbacks(resolved.fallbacks)
      case "agents": array(resolved.agents) { $0.agent($1) }
      case "teams": array(resolved.teams) { $0.team($1) }
      case "groups": array(resolved.groups) { $0.group($1) }
      case "triggers": array(resolved.triggers) { $0.trigger($1) }
      default: unknown(member, "the document")
      }
    }
    sink.endObject()
  }

  // MARK: - Sections

  private mutating func workspace(_ workspace: Workspace) {
    object(SnapshotMembers.workspace) { writer, name in
      switch name {
      case "name": writer.sink.string(workspace.name.value)
      case "timezone": writer.sink.string(workspace.timezone.value)
      case "default_locale": writer.sink.string(workspace.defaultLocale.value)
      case "locales": writer.strings(workspace.allLocales)
      case "ask_visitor_to_select_group": writer.sink.bool(workspace.askVisitorToSelectGroup.value)
      case "widget_id": writer.optional(workspace.widgetID?.value)
      case "rules":
        var rules: [String: String] = [:]
        for setting in workspace.rules where rules[setting.rule.rawValue] == nil {
          rules[setting.rule.rawValue] = setting.severity?.rawValue ?? "off"
        }
        writer.sink.beginObject()
        for rule in rules.keys.sorted(by: { $0.utf16.lexicographicallyPrecedes($1.utf16) }) {
          writer.sink.key(rule)
          writer.sink.string(rules[rule]!)
        }
        writer.sink.endObject()
      default: writer.unknown(name, Format.workspace)
      }
    }
  }

  private mutating func fallbacks(_ fallbacks: Fallbacks?) {
    object(SnapshotMembers.fallbacks) { writer, name in
      switch name {
      case "meeting":
        writer.object(SnapshotMembers.meetingFallback) { $0.fallbackMember($1, fallbacks?.meeting, fallbacks) }
      case "live_chat":
        writer.object(SnapshotMembers.liveChatFallback) { $0.fallbackMember($1, fallbacks?.liveChat, fallbacks) }
      default: writer.unknown(name, Format.fallbacks)
      }
    }
  }

  private mutating func fallbackMember(_ name: String, _ fallback: Fallback?, _ fallbacks: Fallbacks?) {
    switch name {
    case "message": sink.string((fallback?.message.value ?? .system).rawValue)
    case "text": if let text = fallback?.text { localized(text) } else { sink.null() }
    case "offer_meeting_booking": sink.bool(fallbacks?.offerMeetingBooking.value ?? false)
    default: unknown(name, Format.liveChatFallback)
    }
  }

  private mutating func agent(_ agent: Agent) {
    object(SnapshotMembers.agent) { writer, name in
      switch name {
      case "id": writer.sink.string(agent.id.value)
      case "teams": writer.strings(writer.resolved.teamsOf[agent.id.value] ?? [])
      case "groups": writer.strings(writer.resolved.groupsOf[agent.id.value] ?? [])
      case "name": writer.sink.string(agent.name.value)
      case "email": writer.sink.string(agent.email.value.lowercased())
      case "languages": writer.sortedSet(agent.languages.map(\.value))
      case "live_chat": if let liveChat = agent.liveChat { writer.liveChat(liveChat) } else { writer.sink.null() }
      case "meetings": if let meetings = agent.meetings { writer.meetings(meetings) } else { writer.sink.null() }
      default: writer.unknown(name, Format.agent)
      }
    }
  }

  private mutating func liveChat(_ liveChat: LiveChat) {
    object(SnapshotMembers.liveChat) { writer, name in
      switch name {
      case "timezone": writer.sink.string(liveChat.timezone.value)
      case "hours": writer.hours(liveChat.hours)
      case "auto_offline_after": writer.optional(liveChat.autoOfflineAfter?.value)
      case "receive_when_invisible_after": writer.optional(liveChat.receiveWhenInvisibleAfter?.value)
      case "max_concurrent_chats": writer.optional(liveChat.maxConcurrentChats?.value)
      case "notify_schedule_changes": writer.sink.bool(liveChat.notifyScheduleChanges)
      default: writer.unknown(name, Format.liveChat)
      }
    }
  }

  private mutating func meetings(_ meetings: Meetings) {
    object(SnapshotMembers.meetings) { writer, name in
      switch name {
      case "calendar": writer.sink.string(meetings.calendar.value.rawValue)
      case "video_link": writer.sink.bool(meetings.videoLink)
      case "timezone": writer.sink.string(meetings.timezone.value)
      case "duration": writer.sink.integer(meetings.duration.value)
      case "buffer": writer.sink.integer(meetings.buffer.value)
      case "hours": writer.hours(meetings.hours)
      case "invitation": writer.optional(meetings.invitation?.value)
      default: writer.unknown(name, Format.meetings)
      }
    }
  }

  private mutating func team(_ team: Team) {
    object(SnapshotMembers.team) { writer, name in
      switch name {
      case "id": writer.sink.string(team.id.value)
      case "name": writer.sink.string(team.name.value)
      case "agents": writer.sortedSet(team.agents.map(\.value))
      default: writer.unknown(name, Format.team)
      }
    }
  }

  private mutating func group(_ group: Group) {
    object(SnapshotMembers.group) { writer, name in
      switch name {
      case "id": writer.sink.string(group.id.value)
      case "name": writer.localized(group.name)
      case "agents": writer.sortedSet(group.agents.map(\.value))
      case "private": writer.sink.bool(group.isPrivate)
      case "enabled": writer.sink.bool(group.isEnabled.value)
      case "code": writer.sink.string(group.code)
      default: writer.unknown(name, Format.group)
      }
    }
  }

  private mutating func trigger(_ trigger: Trigger) {
    object(SnapshotMembers.trigger) { writer, name in
      switch name {
      case "name": writer.sink.string(trigger.name.value)
      case "assign": writer.sink.string(trigger.assign.value)
      case "when":
        writer.object(SnapshotMembers.conditions) { writer, name in
          switch name {
          case "url_prefix": writer.optional(trigger.urlPrefix?.value)
          case "visitor_language": writer.optional(trigger.visitorLanguage?.value)
          default: writer.unknown(name, Format.triggerConditions)
          }
        }
      default: writer.unknown(name, Format.trigger)
      }
    }
  }

  // MARK: - Values

  private mutating func object(_ members: [SnapshotLayout.Member], _ write: (inout Self, String) -> Void) {
    sink.beginObject()
    for member in members {
      sink.key(member.key)
      write(&self, member.name)
    }
    sink.endObject()
  }

  private mutating func array<T>(_ items: [T], _ write: (inout Self, T) -> Void) {
    sink.beginArray()
    for item in items { write(&self, item) }
    sink.endArray()
  }

  private mutating func strings(_ items: [String]) {
    sink.beginArray()
    for item in items { sink.string(item) }
    sink.endArray()
  }

  /// Sorted, without duplicates.
  private mutating func sortedSet(_ items: [String]) { strings(Set(items).sorted()) }

  private mutating func optional(_ text: String?) {
    if let text { sink.string(text) } else { sink.null() }
  }

  private mutating func optional(_ number: Int?) {
    if let number { sink.integer(number) } else { sink.null() }
  }

  /// Texts by locale, sorted; the first text wins when a locale repeats.
  private mutating func localized(_ text: LocalizedText) {
    var texts: [String: String] = [:]
    for entry in text.entries where texts[entry.locale.value] == nil {
      texts[entry.locale.value] = entry.text.value
    }
    sink.beginObject()
    for locale in texts.keys.sorted(by: { $0.utf16.lexicographicallyPrecedes($1.utf16) }) {
      sink.key(locale)
      sink.string(texts[locale]!)
    }
    sink.endObject()
  }

  /// Open time as `{"day", "start", "end"}` objects: expanded, split at
  /// midnight, merged and sorted by `WeeklyHours.normalized`.
  private mutating func hours(_ hours: WeeklyHours) {
    let keys = SnapshotLayout.intervalKeys
    sink.beginArray()
    for interval in hours.normalized {
      sink.beginObject()
      sink.key(keys.day)
      sink.string(interval.day.name)
      sink.key(keys.end)
      sink.string(Clock.format(interval.end))
      sink.key(keys.start)
      sink.string(Clock.format(interval.start))
      sink.endObject()
    }
    sink.endArray()
  }

  private func unknown(_ member: SnapshotLayout.Member, _ object: String) -> Never {
    fatalError("the snapshot writer has no value for '\(member.name)' of \(object)")
  }

  private func unknown(_ name: String, _ schema: ObjectSchema) -> Never {
    fatalError("the snapshot writer has no value for '\(name)' of \(schema.title)")
  }
}

/// The keys of each snapshot object in the order they are written, worked out once.
private enum SnapshotMembers {
  static let document =
    (SnapshotLayout.members(SnapshotLayout.document)
    + [SnapshotLayout.formatKey, SnapshotLayout.digestKey].map { SnapshotLayout.Member(key: $0, name: $0) })
    .sorted { $0.key.utf16.lexicographicallyPrecedes($1.key.utf16) }
  static let workspace = SnapshotLayout.members(Format.workspace)
  static let fallbacks = SnapshotLayout.members(Format.fallbacks)
  static let meetingFallback = SnapshotLayout.members(Format.fallback)
  static let liveChatFallback = SnapshotLayout.members(Format.liveChatFallback)
  static let agent = SnapshotLayout.members(Format.agent, added: SnapshotLayout.addedKeys(ofEntitiesIn: "agents"))
  static let liveChat = SnapshotLayout.members(Format.liveChat)
  static let meetings = SnapshotLayout.members(Format.meetings)
  static let team = SnapshotLayout.members(Format.team, added: SnapshotLayout.addedKeys(ofEntitiesIn: "teams"))
  static let group = SnapshotLayout.members(Format.group, added: SnapshotLayout.addedKeys(ofEntitiesIn: "groups"))
  static let trigger = SnapshotLayout.members(Format.trigger)
  static let conditions = SnapshotLayout.members(Format.triggerConditions)
}
