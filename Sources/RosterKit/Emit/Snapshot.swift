/// `snapshot.json`: the whole configuration, normalized (SPEC 6), so that two
/// configurations that mean the same thing give byte-identical snapshots.
///
/// Nothing here reads source ranges, the clock or the machine.
public enum Snapshot {
  /// The value of the `format` key.
  public static let format = "roster.snapshot/1"

  /// The snapshot without its `digest` key.
  public static func value(for configuration: Configuration) -> JSONValue {
    let agents = firstOfEachID(configuration.agents, \.id.value)
    let teams = firstOfEachID(configuration.teams, \.id.value)
    let groups = firstOfEachID(configuration.groups, \.id.value)
    let teamsOf = membership(teams.map { ($0.id.value, $0.agents) })
    let groupsOf = membership(groups.map { ($0.id.value, $0.agents) })
    let sections = SnapshotLayout.object(
      SnapshotLayout.document,
      [
        "workspace": configuration.workspace.map(workspace) ?? .null,
        "fallbacks": fallbacks(configuration.fallbacks),
        "agents": .array(
          agents.map {
            agent(
              $0, teams: teamsOf[$0.id.value] ?? [], groups: groupsOf[$0.id.value] ?? [])
          }),
        "teams": .array(teams.map(team)),
        "groups": .array(groups.map(group)),
        "triggers": .array(configuration.triggers.map(trigger)),
      ])
    guard case .object(var members) = sections else { return sections }
    members[SnapshotLayout.formatKey] = .string(format)
    return .object(members)
  }

  /// For each agent id, the ids of the teams or groups that list it.
  private static func membership(_ lists: [(id: String, agents: [Located<String>])]) -> [String: [String]] {
    var result: [String: [String]] = [:]
    for list in lists {
      for member in list.agents { result[member.value, default: []].append(list.id) }
    }
    return result
  }

  /// The pretty-printed snapshot with its `digest`, ending with one newline.
  public static func render(_ configuration: Configuration) -> String {
    let value = value(for: configuration)
    guard case .object(var members) = value else { return value.prettyPrinted() }
    members[SnapshotLayout.digestKey] = .string(digest(of: value))
    return JSONValue.object(members).prettyPrinted()
  }

  /// `sha256:` and the lowercase hex SHA-256 of the value's canonical form (RFC 8785).
  public static func digest(of value: JSONValue) -> String {
    "sha256:" + SHA256Hasher.hash(Array(value.canonical().utf8)).hexString
  }

  // MARK: - Sections
  //
  // Each object lists its keys by their input names; `SnapshotLayout` renames
  // them and checks them against `Format`.

  private static func workspace(_ workspace: Workspace) -> JSONValue {
    var rules: [String: JSONValue] = [:]
    for setting in workspace.rules where rules[setting.rule.rawValue] == nil {
      rules[setting.rule.rawValue] = .string(setting.severity?.rawValue ?? "off")
    }
    return SnapshotLayout.object(
      Format.workspace,
      [
        "name": .string(workspace.name.value),
        "timezone": .string(workspace.timezone.value),
        "default_locale": .string(workspace.defaultLocale.value),
        "locales": .array(workspace.allLocales.map(JSONValue.string)),
        "ask_visitor_to_select_group": .bool(workspace.askVisitorToSelectGroup.value),
        "widget_id": JSONValue(workspace.widgetID?.value),
        "rules": .object(rules),
      ])
  }

  private static func fallbacks(_ fallbacks: Fallbacks?) -> JSONValue {
    func message(_ fallback: Fallback?) -> [String: JSONValue] {
      [
        "message": .string((fallback?.message.value ?? .system).rawValue),
        "text": fallback?.text.map(localized) ?? .null,
      ]
    }
    var liveChat = message(fallbacks?.liveChat)
    liveChat["offer_meeting_booking"] = .bool(fallbacks?.offerMeetingBooking.value ?? false)
    return SnapshotLayout.object(
      Format.fallbacks,
      [
        "meeting": SnapshotLayout.object(Format.fallback, message(fallbacks?.meeting)),
        "live_chat": SnapshotLayout.object(Format.liveChatFallback, liveChat),
      ])
  }

  private static func agent(_ agent: Agent, teams: [String], groups: [String]) -> JSONValue {
    SnapshotLayout.object(
      Format.agent,
      [
        "name": .string(agent.name.value),
        "email": .string(agent.email.value.lowercased()),
        "languages": sortedSet(agent.languages.map(\.value)),
        "live_chat": agent.liveChat.map(liveChat) ?? .null,
        "meetings": agent.meetings.map(meetings) ?? .null,
      ],
      added: SnapshotLayout.addedKeys(ofEntitiesIn: "agents"),
      ["id": .string(agent.id.value), "teams": sortedSet(teams), "groups": sortedSet(groups)])
  }

  private static func liveChat(_ liveChat: LiveChat) -> JSONValue {
    SnapshotLayout.object(
      Format.liveChat,
      [
        "timezone": .string(liveChat.timezone.value),
        "hours": hours(liveChat.hours),
        "auto_offline_after": JSONValue(liveChat.autoOfflineAfter?.value),
        "receive_when_invisible_after": JSONValue(liveChat.receiveWhenInvisibleAfter?.value),
        "max_concurrent_chats": JSONValue(liveChat.maxConcurrentChats?.value),
        "notify_schedule_changes": .bool(liveChat.notifyScheduleChanges),
      ])
  }

  private static func meetings(_ meetings: Meetings) -> JSONValue {
    SnapshotLayout.object(
      Format.meetings,
      [
        "calendar": .string(meetings.calendar.value.rawValue),
        "video_link": .bool(meetings.videoLink),
        "timezone": .string(meetings.timezone.value),
        "duration": .integer(meetings.duration.value),
        "buffer": .integer(meetings.buffer.value),
        "hours": hours(meetings.hours),
        "invitation": JSONValue(meetings.invitation?.value),
      ])
  }

  private static func team(_ team: Team) -> JSONValue {
    SnapshotLayout.object(
      Format.team,
      ["name": .string(team.name.value), "agents": sortedSet(team.agents.map(\.value))],
      added: SnapshotLayout.addedKeys(ofEntitiesIn: "teams"), ["id": .string(team.id.value)])
  }

  private static func group(_ group: Group) -> JSONValue {
    SnapshotLayout.object(
      Format.group,
      [
        "name": localized(group.name),
        "agents": sortedSet(group.agents.map(\.value)),
        "private": .bool(group.isPrivate),
        "enabled": .bool(group.isEnabled.value),
        "code": .string(group.code),
      ],
      added: SnapshotLayout.addedKeys(ofEntitiesIn: "groups"), ["id": .string(group.id.value)])
  }

  private static func trigger(_ trigger: Trigger) -> JSONValue {
    SnapshotLayout.object(
      Format.trigger,
      [
        "name": .string(trigger.name.value),
        "when": SnapshotLayout.object(
          Format.triggerConditions,
          [
            "url_prefix": JSONValue(trigger.urlPrefix?.value),
            "visitor_language": JSONValue(trigger.visitorLanguage?.value),
          ]),
        "assign": .string(trigger.assign.value),
      ])
  }

  // MARK: - Values

  /// Open time as `{"day", "start", "end"}` objects: expanded, split at
  /// midnight, merged and sorted by `WeeklyHours.normalized`.
  private static func hours(_ hours: WeeklyHours) -> JSONValue {
    .array(
      hours.normalized.map { interval in
        let keys = SnapshotLayout.intervalKeys
        return .object([
          keys.day: .string(interval.day.name),
          keys.start: .string(Clock.format(interval.start)),
          keys.end: .string(Clock.format(interval.end)),
        ])
      })
  }

  /// Texts by locale; the first text wins when a locale repeats.
  private static func localized(_ text: LocalizedText) -> JSONValue {
    var members: [String: JSONValue] = [:]
    for entry in text.entries where members[entry.locale.value] == nil {
      members[entry.locale.value] = .string(entry.text.value)
    }
    return .object(members)
  }

  /// Sorted, without duplicates.
  private static func sortedSet(_ items: [String]) -> JSONValue {
    .array(Set(items).sorted().map(JSONValue.string))
  }

  /// The first item with each id, sorted by id.
  private static func firstOfEachID<T>(_ items: [T], _ id: (T) -> String) -> [T] {
    distinct(items, id).sorted { id($0) < id($1) }
  }
}
