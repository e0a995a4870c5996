/// `snapshot.json`: the whole configuration, normalized (SPEC 6), so that two
/// configurations that mean the same thing give byte-identical snapshots.
///
/// What it says is the typed model of its version, `SnapshotV2`, made entity
/// by entity from the resolved configuration; it is written in one pass,
/// keys named by `Format` through `SnapshotLayout`: the pretty text goes to
/// the file and its canonical form into SHA-256 at the same time. Nothing
/// here reads source ranges, the clock or the machine.
public enum Snapshot {
  /// The value of the `format` key: the snapshot's version. A release that
  /// adds, removes or changes keys bumps it.
  public static let format = SnapshotV2.format

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
      case SnapshotLayout.formatKey: sink.string(SnapshotV2.format)
      case "workspace":
        if let workspace = resolved.workspace { self.workspace(SnapshotV2.workspace(workspace)) } else { sink.null() }
      case "fallbacks": fallbacks(SnapshotV2.fallbacks(resolved.fallbacks))
      case "agents": array(resolved.agents) { $0.agent(SnapshotV2.agent($1, in: $0.resolved)) }
      case "teams": array(resolved.teams) { $0.team(SnapshotV2.team($1)) }
      case "groups": array(resolved.groups) { $0.group(SnapshotV2.group($1, in: $0.resolved)) }
      case "triggers": array(resolved.triggers) { $0.trigger(SnapshotV2.trigger($1)) }
      case "calendars": array(resolved.calendars) { $0.calendar(SnapshotV2.calendar($1)) }
      case "closures":
        array(SnapshotV2.closures(resolved.closures, workspace: resolved.workspace)) { $0.closure($1) }
      default: unknown(member.name, SnapshotLayout.document)
      }
    }
    sink.endObject()
  }

  // MARK: - Sections

  private mutating func workspace(_ workspace: SnapshotV2.Workspace) {
    object(SnapshotMembers.workspace) { writer, name in
      switch name {
      case "name": writer.sink.string(workspace.name)
      case "timezone": writer.sink.string(workspace.timezone)
      case "default_locale": writer.sink.string(workspace.defaultLocale)
      case "locales": writer.strings(workspace.locales)
      case "ask_visitor_to_select_group": writer.sink.bool(workspace.askVisitorToSelectGroup)
      case "widget_id": writer.optional(workspace.widgetID)
      case "coverage":
        guard let coverage = workspace.coverage else { return writer.sink.null() }
        writer.object(SnapshotMembers.coverageWindow) { writer, name in
          switch name {
          case "from": writer.sink.string(coverage.from)
          case "until": writer.sink.string(coverage.until)
          default: writer.unknown(name, Format.coverageWindow)
          }
        }
      case "rules": writer.pairs(workspace.rules)
      case "calendars": writer.strings(workspace.calendars)
      default: writer.unknown(name, Format.workspace)
      }
    }
  }

  private mutating func fallbacks(_ fallbacks: SnapshotV2.Fallbacks) {
    object(SnapshotMembers.fallbacks) { writer, name in
      switch name {
      case "meeting": writer.object(SnapshotMembers.meetingFallback) { $0.fallbackMember($1, fallbacks.meeting) }
      case "live_chat": writer.object(SnapshotMembers.liveChatFallback) { $0.fallbackMember($1, fallbacks.liveChat) }
      default: writer.unknown(name, Format.fallbacks)
      }
    }
  }

  private mutating func fallbackMember(_ name: String, _ fallback: SnapshotV2.Fallback) {
    switch name {
    case "message": sink.string(fallback.message)
    case "text": if let text = fallback.text { pairs(text) } else { sink.null() }
    case "offer_meeting_booking": sink.bool(fallback.offerMeetingBooking)
    default: unknown(name, Format.liveChatFallback)
    }
  }

  private mutating func agent(_ agent: SnapshotV2.Agent) {
    object(SnapshotMembers.agent) { writer, name in
      switch name {
      case "id": writer.sink.string(agent.id)
      case "teams": writer.strings(agent.teams)
      case "groups": writer.strings(agent.groups)
      case "name": writer.sink.string(agent.name)
      case "email": writer.sink.string(agent.email)
      case "languages": writer.strings(agent.languages)
      case "live_chat": if let liveChat = agent.liveChat { writer.liveChat(liveChat) } else { writer.sink.null() }
      case "meetings": if let meetings = agent.meetings { writer.meetings(meetings) } else { writer.sink.null() }
      case "calendars": writer.strings(agent.calendars)
      case "time_off": writer.dated(agent.timeOff, SnapshotMembers.timeOff, Format.timeOff)
      case "extra_hours": writer.dated(agent.extraHours, SnapshotMembers.extraHours, Format.extraHours)
      default: writer.unknown(name, Format.agent)
      }
    }
  }

  private mutating func liveChat(_ liveChat: SnapshotV2.LiveChat) {
    object(SnapshotMembers.liveChat) { writer, name in
      switch name {
      case "timezone": writer.sink.string(liveChat.timezone)
      case "hours": writer.intervals(liveChat.hours)
      case "auto_offline_after": writer.optional(liveChat.autoOfflineAfterSeconds)
      case "receive_when_invisible_after": writer.optional(liveChat.receiveWhenInvisibleAfterSeconds)
      case "max_concurrent_chats": writer.optional(liveChat.maxConcurrentChats)
      case "notify_schedule_changes": writer.sink.bool(liveChat.notifyScheduleChanges)
      default: writer.unknown(name, Format.liveChat)
      }
    }
  }

  private mutating func meetings(_ meetings: SnapshotV2.Meetings) {
    object(SnapshotMembers.meetings) { writer, name in
      switch name {
      case "calendar": writer.sink.string(meetings.calendar)
      case "video_link": writer.sink.bool(meetings.videoLink)
      case "timezone": writer.sink.string(meetings.timezone)
      case "duration": writer.sink.integer(meetings.durationSeconds)
      case "buffer": writer.sink.integer(meetings.bufferSeconds)
      case "hours": writer.intervals(meetings.hours)
      case "invitation": writer.optional(meetings.invitation)
      default: writer.unknown(name, Format.meetings)
      }
    }
  }

  private mutating func team(_ team: SnapshotV2.Team) {
    object(SnapshotMembers.team) { writer, name in
      switch name {
      case "id": writer.sink.string(team.id)
      case "name": writer.sink.string(team.name)
      case "agents": writer.strings(team.agents)
      default: writer.unknown(name, Format.team)
      }
    }
  }

  private mutating func group(_ group: SnapshotV2.Group) {
    object(SnapshotMembers.group) { writer, name in
      switch name {
      case "id": writer.sink.string(group.id)
      case "name": writer.pairs(group.name)
      case "agents": writer.strings(group.agents)
      case "private": writer.sink.bool(group.isPrivate)
      case "enabled": writer.sink.bool(group.isEnabled)
      case "code": writer.sink.string(group.code)
      case "service_hours":
        guard let service = group.serviceHours else { return writer.sink.null() }
        writer.object(SnapshotMembers.serviceHours) { writer, name in
          switch name {
          case "timezone": writer.sink.string(service.timezone)
          case "hours": writer.intervals(service.hours)
          case "min_agents": writer.sink.integer(service.minAgents)
          case "calendars": writer.strings(service.calendars)
          case "overrides": writer.dated(service.overrides, SnapshotMembers.override, Format.override)
          default: writer.unknown(name, Format.serviceHours)
          }
        }
      default: writer.unknown(name, Format.group)
      }
    }
  }

  private mutating func trigger(_ trigger: SnapshotV2.Trigger) {
    object(SnapshotMembers.trigger) { writer, name in
      switch name {
      case "name": writer.sink.string(trigger.name)
      case "assign": writer.sink.string(trigger.assign)
      case "when":
        writer.object(SnapshotMembers.conditions) { writer, name in
          switch name {
          case "url_prefix": writer.optional(trigger.urlPrefix)
          case "visitor_language": writer.optional(trigger.visitorLanguage)
          default: writer.unknown(name, Format.triggerConditions)
          }
        }
      default: writer.unknown(name, Format.trigger)
      }
    }
  }

  private mutating func calendar(_ calendar: SnapshotV2.Calendar) {
    object(SnapshotMembers.calendar) { writer, name in
      switch name {
      case "id": writer.sink.string(calendar.id)
      case "name": writer.sink.string(calendar.name)
      case "days": writer.dated(calendar.days, SnapshotMembers.holiday, Format.holiday)
      default: writer.unknown(name, Format.calendar)
      }
    }
  }

  private mutating func closure(_ closure: SnapshotV2.Closure) {
    object(SnapshotMembers.closure) { writer, name in
      switch name {
      case "name": writer.sink.string(closure.name)
      case "from": writer.sink.string(closure.from)
      case "until": writer.sink.string(closure.until)
      case "timezone": writer.sink.string(closure.timezone)
      default: writer.unknown(name, Format.closure)
      }
    }
  }

  /// Dated entries, each an object of `members`.
  private mutating func dated(
    _ entries: [SnapshotV2.DatedEntry], _ members: [SnapshotLayout.Member], _ schema: ObjectSchema
  ) {
    array(entries) { writer, entry in
      writer.object(members) { writer, name in
        switch name {
        case "from": writer.sink.string(entry.from)
        case "until": writer.sink.string(entry.until)
        case "name", "reason": writer.optional(entry.label)
        case "only": writer.optional(entry.scope)
        case "hours":
          let keys = SnapshotLayout.intervalKeys
          writer.array(entry.hours) { writer, block in
            writer.sink.beginObject()
            writer.sink.key(keys.end)
            writer.sink.string(Clock.format(block.end))
            writer.sink.key(keys.start)
            writer.sink.string(Clock.format(block.start))
            writer.sink.endObject()
          }
        default: writer.unknown(name, schema)
        }
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

  private mutating func optional(_ text: String?) {
    if let text { sink.string(text) } else { sink.null() }
  }

  private mutating func optional(_ number: Int?) {
    if let number { sink.integer(number) } else { sink.null() }
  }

  /// An object of texts by key, already in order.
  private mutating func pairs(_ members: [(String, String)]) {
    sink.beginObject()
    for (key, value) in members {
      sink.key(key)
      sink.string(value)
    }
    sink.endObject()
  }

  /// `{"day", "end", "start"}` objects, keys in order.
  private mutating func intervals(_ intervals: [SnapshotV2.Interval]) {
    let keys = SnapshotLayout.intervalKeys
    sink.beginArray()
    for interval in intervals {
      sink.beginObject()
      sink.key(keys.day)
      sink.string(interval.day)
      sink.key(keys.end)
      sink.string(interval.end)
      sink.key(keys.start)
      sink.string(interval.start)
      sink.endObject()
    }
    sink.endArray()
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
  static let coverageWindow = SnapshotLayout.members(Format.coverageWindow)
  static let serviceHours = SnapshotLayout.members(Format.serviceHours)
  static let calendar = SnapshotLayout.members(
    Format.calendar, added: SnapshotLayout.addedKeys(ofEntitiesIn: "calendars"))
  static let holiday = SnapshotLayout.members(Format.holiday)
  static let timeOff = SnapshotLayout.members(Format.timeOff)
  static let extraHours = SnapshotLayout.members(Format.extraHours)
  static let override = SnapshotLayout.members(Format.override)
  static let closure = SnapshotLayout.members(Format.closure)
}
