/// The input format, described once: keys, types, defaults, descriptions,
/// and where each value goes in the model. The loader decodes by it,
/// `roster schema` turns it into JSON Schema, and the snapshot names its keys
/// by it (through `SnapshotLayout`).
public enum Format {
  /// Keys that may stand at the top of a document.
  public static let document = ObjectSchema(
    "Roster configuration file",
    "One document of a Roster configuration: any of its sections. ROOT/roster.yaml holds the workspace.",
    [
      Property(
        "include", .list(.text(.glob)),
        "roster.yaml only: glob patterns (`*`, `?`, `**`) of the other files to read, relative to the root. Default: every .yaml and .yml file under the root, except hidden entries and the output directory."
      ),
      Property(
        "workspace", .object(Declarations.workspace.schema),
        "The account: its name, time zone, locales and rule settings. Exactly once across all files."),
      Property(
        "fallbacks", .object(Declarations.fallbacks.schema),
        "What visitors see when no meeting slot or no agent is available. Exactly once across all files."),
      Property("agents", .entities(Declarations.agent.schema), "Agents by id; merged across files."),
      Property("teams", .entities(Declarations.team.schema), "Routing teams by id; merged across files."),
      Property(
        "groups", .entities(Declarations.group.schema),
        "Groups by id, each with the snippet a website pastes before its chat widget; merged across files."),
      Property(
        "triggers", .list(.object(Declarations.trigger.schema)),
        "Routing triggers, evaluated in order: the first that matches assigns its group. In at most one file."),
      Property(
        "calendars", .entities(Declarations.calendar.schema),
        "Holiday calendars by id, observed by the workspace, agents and groups; merged across files."),
      Property(
        "closures", .list(.object(Declarations.closure.schema)),
        "Absolute moments when nobody answers, taken out of every agent's hours and every group's service hours; merged across files."
      ),
    ])

  /// The sections that may appear in only one place.
  public static let singleSections: Set<String> = ["workspace", "fallbacks", "triggers"]

  // The objects' keys, as the JSON Schemas and the snapshot see them.
  public static let workspace = Declarations.workspace.schema
  public static let fallback = Declarations.meetingFallback.schema
  public static let liveChatFallback = Declarations.liveChatFallback.schema
  public static let fallbacks = Declarations.fallbacks.schema
  public static let liveChat = Declarations.liveChat.schema
  public static let meetings = Declarations.meetings.schema
  public static let agent = Declarations.agent.schema
  public static let team = Declarations.team.schema
  public static let group = Declarations.group.schema
  public static let triggerConditions = Declarations.triggerConditions.schema
  public static let trigger = Declarations.trigger.schema
  public static let coverageWindow = Declarations.coverageWindow.schema
  public static let serviceHours = Declarations.serviceHours.schema
  public static let calendar = Declarations.calendar.schema
  public static let holiday = Declarations.holiday.schema
  public static let closure = Declarations.closure.schema
  public static let timeOff = Declarations.timeOff.schema
  public static let extraHours = Declarations.extraHours.schema
  public static let override = Declarations.override.schema
}

/// Each object of the input format, key by key, with the model value it fills.
enum Declarations {
  static let workspace = ObjectFormat<Workspace>(
    "Workspace", "The account: its name, time zone, locales and rule settings.",
    [
      .text("name", \.name, .name, required: true, "The workspace's name."),
      .text(
        "timezone", \.timezone, .timezone, required: true,
        "IANA time zone name, such as Europe/Paris: coverage is reported in it, and service hours default to it."),
      .text(
        "default_locale", \.defaultLocale, .locale, required: true,
        "The locale of plain-string texts; a member of `locales`."),
      .texts(
        "locales", \.locales, .locale, default: .listOf("default_locale"),
        "Every locale that visitors may see; custom texts must cover them all. Default: the default locale alone."),
      .boolean(
        "ask_visitor_to_select_group", \.askVisitorToSelectGroup, default: false,
        "Ask visitors to pick a group before chatting."),
      .text(
        "widget_id", \.widgetID, .code,
        "The chat widget's id: when set, each snippet goes on to load the widget, so that the order is right."),
      .texts(
        "calendars", \.calendars, .id,
        "Ids of holiday calendars that every agent and group observes, each in its own time zone."),
      .coverage(
        "coverage", \.coverage, coverageWindow,
        "The dates that `roster coverage` and the rules about dates look at, in the workspace time zone."),
      .severities(
        "rules", \.rules, "Per-rule severity: error, warning or off. The YAML and schema rules cannot be changed."),
    ],
    make: { range in
      Workspace(
        name: Located("", at: range), timezone: Located("", at: range), defaultLocale: Located("", at: range),
        locales: [], askVisitorToSelectGroup: Located(false, at: range), widgetID: nil, rules: [], range: range)
    },
    finish: { workspace, outcome in
      workspace.localesAreComplete = outcome.isValid("default_locale") && outcome.isValid("locales")
      workspace.calendarsAreComplete = outcome.isValid("calendars")
    })

  static let coverageWindow = ObjectFormat<CoverageSetting>(
    "Coverage window", "A range of dates in the workspace time zone: `from` included, `until` excluded.",
    [
      .text("from", \.from, .date, required: true, "The first date, YYYY-MM-DD."),
      .text("until", \.until, .date, required: true, "The date after the last one, YYYY-MM-DD."),
    ],
    make: { range in CoverageSetting(from: Located("", at: range), until: Located("", at: range), range: range) })

  static let serviceHours = ObjectFormat<ServiceHours>(
    "Service hours", "When visitors of the group are promised a live answer.",
    [
      .text(
        "timezone", \.timezone, .timezone, default: .derived("workspace.timezone"),
        "IANA time zone of the hours."),
      .hours("hours", \.hours, required: true, "Weekly hours, written as an agent's are."),
      .integer(
        "min_agents", \.minAgents, 1...100, default: 1,
        "The fewest agents online for the group to count as staffed, 1 to 100."),
      .texts(
        "calendars", \.calendars, .id,
        "Ids of holiday calendars whose days replace these hours, besides the workspace's, read in this time zone."),
      .datedEntries(
        "overrides", \.overrides, override,
        "Dated changes: each replaces the promised hours of its dates, after the holidays."),
    ],
    make: { range in
      ServiceHours(timezone: nil, hours: WeeklyHours(blocks: [], range: range), minAgents: nil, range: range)
    },
    finish: { serviceHours, outcome in
      if !outcome.isValid("hours") { serviceHours.hours.isComplete = false }
      serviceHours.calendarsAreComplete = outcome.isValid("calendars")
    })

  static let meetingFallbackFields: [Field<Fallback>] = [
    .choice(
      "message", \.message, default: Fallback.Message.system,
      "system: the product's own text; custom: the text below."),
    .localized(
      "text", \.text,
      "The custom text per locale. Markdown links `[label](url)` and bare URLs are allowed with https, http and mailto."
    ),
  ]

  static let meetingFallback = ObjectFormat<Fallback>(
    "Fallback message", "A message shown when nobody can answer.", meetingFallbackFields,
    make: Fallback.placeholder, finish: { fallback, outcome in fallback.textIsValid = outcome.isValid("text") })

  static let liveChatFallback = ObjectFormat<Fallback>(
    "Fallback message", "The message visitors see when live chat is unavailable.",
    meetingFallbackFields + [
      .boolean(
        "offer_meeting_booking", \.offerMeetingBooking, default: false,
        "Offer to book a meeting instead; some agent must take meetings.")
    ],
    make: Fallback.placeholder, finish: { fallback, outcome in fallback.textIsValid = outcome.isValid("text") })

  static let fallbacks = ObjectFormat<Fallbacks>(
    "Fallbacks", "What visitors see when no meeting slot or no agent is available.",
    [
      .object("meeting", \.meeting, meetingFallback, "Seen when no meeting slot is available."),
      .object("live_chat", \.liveChat, liveChatFallback, "Seen when live chat is unavailable."),
    ],
    make: { range in Fallbacks(meeting: .placeholder(range), liveChat: .placeholder(range), range: range) })

  static let liveChat = ObjectFormat<LiveChat>(
    "Live chat", "When and how the agent answers chats.",
    [
      .text(
        "timezone", \.timezone, .timezone, required: true, "IANA time zone of the hours, such as America/New_York."),
      .hours(
        "hours", \.hours,
        "Weekly hours: days (mon … sun, ranges such as mon-fri or fri-mon, daily) to blocks HH:MM-HH:MM; [] means closed; an end before the start runs overnight."
      ),
      .duration(
        "auto_offline_after", \.autoOfflineAfter, 60...86_400,
        "Go offline after not answering for this long (1m to 24h)."),
      .duration(
        "receive_when_invisible_after", \.receiveWhenInvisibleAfter, 10...3_600,
        "While invisible, still receive chats that others leave unanswered this long (10s to 1h)."),
      .integer("max_concurrent_chats", \.maxConcurrentChats, 1...100, "The most chats at once, 1 to 100."),
      .boolean(
        "notify_schedule_changes", \.notifyScheduleChanges, default: false, "Tell the agent when the schedule changes."),
    ],
    make: { range in
      LiveChat(
        timezone: Located("", at: range), hours: WeeklyHours(blocks: [], range: range), autoOfflineAfter: nil,
        receiveWhenInvisibleAfter: nil, maxConcurrentChats: nil, notifyScheduleChanges: false, range: range)
    },
    finish: { liveChat, outcome in
      if outcome.invalidKeys.contains("hours") { liveChat.hours.isComplete = false }
    })

  static let meetings = ObjectFormat<Meetings>(
    "Meetings", "Meeting-booking availability.",
    [
      .choice("calendar", \.calendar, required: true, "The calendar that receives bookings."),
      .boolean("video_link", \.videoLink, default: false, "Add a Google Meet or Microsoft Teams link."),
      .text("timezone", \.timezone, .timezone, required: true, "IANA time zone of the hours."),
      .duration("duration", \.duration, 300...28_800, required: true, "Length of a meeting, 5m to 8h."),
      .duration(
        "buffer", \.buffer, 0...14_400, default: .duration(0), "Free time kept between meetings, at most 4h."),
      .hours("hours", \.hours, "Weekly hours when meetings may be booked."),
      .text(
        "invitation", \.invitation, .message,
        "The invitation text; tokens such as {{person.first_name}} and {{agent.name}} are filled in."),
    ],
    make: { range in
      Meetings(
        calendar: Located(.google, at: range), videoLink: false, timezone: Located("", at: range),
        duration: Located(1800, at: range), buffer: Located(0, at: range), hours: WeeklyHours(blocks: [], range: range),
        invitation: nil, range: range)
    },
    finish: { meetings, outcome in
      if outcome.invalidKeys.contains("hours") { meetings.hours.isComplete = false }
    })

  static let agent = ObjectFormat<Agent>(
    "Agent", "A person who answers chats or takes meetings.",
    [
      .text("name", \.name, .name, required: true, "Full name, as visitors see it."),
      .text("email", \.email, .email, required: true, "Login email; unique ignoring case."),
      .texts("languages", \.languages, .locale, "Locales the agent speaks."),
      .object("live_chat", \.liveChat, liveChat, "Live-chat settings; absent means no live chat."),
      .object("meetings", \.meetings, meetings, "Meeting settings; absent means no meeting booking."),
      .texts(
        "calendars", \.dates.calendars, .id,
        "Ids of holiday calendars the agent observes besides the workspace's, read in the agent's time zones."),
      .datedEntries(
        "time_off", \.dates.timeOff, timeOff, "Dates or hours off: taken out of live chat, meetings or both."),
      .datedEntries(
        "extra_hours", \.dates.extraHours, extraHours, "One-off live-chat hours added on their dates."),
    ],
    make: { range in
      Agent(
        id: Located("", at: range), name: Located("", at: range), email: Located("", at: range), languages: [],
        liveChat: nil, meetings: nil, range: range)
    },
    finish: { agent, outcome in
      agent.isComplete = outcome.isComplete
      agent.invalidKeys = outcome.invalidKeys
      if !(outcome.isValid("calendars") && outcome.isValid("time_off") && outcome.isValid("extra_hours")) {
        agent.dates.isComplete = false
      }
    })

  static let team = ObjectFormat<Team>(
    "Team", "A routing team.",
    [
      .text("name", \.name, .name, required: true, "The team's name."),
      .texts("agents", \.agents, .id, "Ids of the team's agents."),
    ],
    make: { range in Team(id: Located("", at: range), name: Located("", at: range), agents: [], range: range) },
    finish: { team, outcome in team.membersAreComplete = outcome.isValid("agents") })

  static let group = ObjectFormat<Group>(
    "Group", "A group of agents that a website routes visitors to with its group code.",
    [
      .localized(
        "name", \.name, required: true, "The name per locale, or a plain string in the default locale."),
      .texts("agents", \.agents, .id, "Ids of the group's agents."),
      .boolean(
        "private", \.isPrivate, default: false, "Private groups are not offered to visitors who pick a group."),
      .boolean("enabled", \.isEnabled, default: true, "Disabled groups get no snippet and cannot be assigned."),
      .text(
        "code", \.explicitCode, .code, default: .derived("sha256(id)[0:16]"),
        "The group code a page sets as groupId. Default: the first 16 hex digits of the SHA-256 of the id."),
      .object(
        "service_hours", \.serviceHours, serviceHours,
        "When visitors are promised a live answer; `roster coverage` reports the gaps."),
    ],
    make: { range in
      Group(
        id: Located("", at: range), name: LocalizedText(entries: [], isPlain: false, range: range), agents: [],
        isPrivate: false, isEnabled: Located(true, at: range), explicitCode: nil, range: range)
    },
    finish: { group, outcome in
      group.membersAreComplete = outcome.isValid("agents")
      group.hasName = outcome.isValid("name")
      group.invalidKeys = outcome.invalidKeys
    })

  static let triggerConditions = ObjectFormat<Trigger>(
    "Trigger conditions", "All given conditions must hold; at least one is required.", minProperties: 1,
    [
      .text(
        "url_prefix", \.urlPrefix, .path,
        "The page's path starts with this: `/fr/` matches `https://acme.example/fr/pricing`."),
      .text("visitor_language", \.visitorLanguage, .locale, "The visitor's language: `fr` matches fr and fr-*."),
    ],
    make: Trigger.placeholder)

  static let trigger = ObjectFormat<Trigger>(
    "Trigger", "Assigns a group to visitors who match its conditions.",
    [
      .text("name", \.name, .name, required: true, "Unique name of the trigger."),
      .nested("when", triggerConditions, required: true, "The conditions, all of which must hold."),
      .text("assign", \.assign, .id, required: true, "The id of the group to assign."),
    ],
    make: Trigger.placeholder,
    finish: { trigger, outcome in trigger.conditionsAreComplete = outcome.isValid("when") })

  // MARK: - Dated entries (SPEC 9)

  /// `date` or `dates`: one of the two, in every dated entry.
  static let dateFields: [Field<DatedEntry>] = [
    .dates("date", range: false, "One date: YYYY-MM-DD, or MM-DD every year (02-29 only in leap years)."),
    .dates(
      "dates", range: true,
      "An inclusive range of at most 366 days: YYYY-MM-DD..YYYY-MM-DD, or MM-DD..MM-DD every year."),
  ]

  static func datedFormat(
    _ title: String, _ description: String, _ fields: [Field<DatedEntry>]
  ) -> ObjectFormat<DatedEntry> {
    ObjectFormat(
      title, description, exactlyOne: ["date", "dates"], dateFields + fields, make: DatedEntry.placeholder,
      finish: { entry, outcome in entry.isComplete = outcome.isComplete })
  }

  static let holiday = datedFormat(
    "Holiday", "A calendar's day: it replaces the whole local date of everyone who observes the calendar.",
    [
      .text("name", \.label, .name, "The day's name, as coverage reports it."),
      .dayHours("hours", \.hours, "The open hours that day, within the day. Left out: closed all day."),
    ])

  static let timeOff = datedFormat(
    "Time off", "Dates or hours an agent is away.",
    [
      .dayHours("hours", \.hours, "The hours off, within the day. Left out: the whole day."),
      .choice(
        "only", \.scope, default: DatedEntry.Scope.both, "What the time off takes out of: live_chat, meetings or both."),
      .text("reason", \.label, .name, "Why, as coverage reports it: vacation, training."),
    ])

  static let extraHours = datedFormat(
    "Extra hours", "One-off live-chat hours added to an agent's week.",
    [
      .dayHours("hours", \.hours, required: true, "The added hours, within the day."),
      .text("reason", \.label, .name, "Why, as coverage reports it."),
    ])

  static let override = datedFormat(
    "Override", "A dated change to a group's service hours: it replaces the whole local date.",
    [
      .dayHours("hours", \.hours, "The promised hours that day, within the day. Left out: closed all day."),
      .text("name", \.label, .name, "The change's name, as coverage reports it."),
    ])

  static let calendar = ObjectFormat<HolidayCalendar>(
    "Calendar", "Holidays: days that replace the weekly hours of everyone who observes the calendar.",
    [
      .text("name", \.name, .name, required: true, "The calendar's name."),
      .datedEntries("days", \.days, holiday, "The holidays, each on its dates, read in each observer's time zone."),
    ],
    make: { range in HolidayCalendar(id: Located("", at: range), name: Located("", at: range), days: [], range: range)
    },
    finish: { calendar, outcome in calendar.daysAreComplete = outcome.isValid("days") })

  static let closure = ObjectFormat<Closure>(
    "Closure", "Absolute moments when nobody answers: the same real instants for every agent and group.",
    [
      .text("name", \.name, .name, required: true, "The closure's name, as coverage reports it."),
      .text("from", \.from, .localDateTime, required: true, "The first moment, YYYY-MM-DDTHH:MM in `timezone`."),
      .text("until", \.until, .localDateTime, required: true, "The moment it ends, YYYY-MM-DDTHH:MM in `timezone`."),
      .text(
        "timezone", \.timezone, .timezone, default: .derived("workspace.timezone"),
        "IANA time zone of `from` and `until`."),
    ],
    make: Closure.placeholder,
    finish: { closure, outcome in closure.isComplete = outcome.isComplete })
}
