/// The input format, described once: keys, types, defaults and descriptions.
/// The loader decodes by it; `roster schema` turns it into JSON Schema.
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
        "workspace", .object(workspace),
        "The account: its name, time zone, locales and rule settings. Exactly once across all files."),
      Property(
        "fallbacks", .object(fallbacks),
        "What visitors see when no meeting slot or no agent is available. Exactly once across all files."),
      Property("agents", .entities(agent), "Agents by id; merged across files."),
      Property("teams", .entities(team), "Routing teams by id; merged across files."),
      Property(
        "groups", .entities(group),
        "Groups by id, each with the snippet a website pastes before its chat widget; merged across files."),
      Property(
        "triggers", .list(.object(trigger)),
        "Routing triggers, evaluated in order: the first that matches assigns its group. In at most one file."),
    ])

  /// The sections that may appear in only one place.
  public static let singleSections: Set<String> = ["workspace", "fallbacks", "triggers"]

  public static let workspace = ObjectSchema(
    "Workspace", "The account: its name, time zone, locales and rule settings.",
    [
      Property("name", .text(.name), required: true, "The workspace's name."),
      Property(
        "timezone", .text(.timezone), required: true,
        "IANA time zone name, used to report coverage, such as Europe/Paris."),
      Property(
        "default_locale", .text(.locale), required: true, "The locale of plain-string texts; a member of `locales`."),
      Property(
        "locales", .list(.text(.locale)), default: .listOf("default_locale"),
        "Every locale that visitors may see; custom texts must cover them all. Default: the default locale alone."),
      Property(
        "ask_visitor_to_select_group", .boolean, default: .bool(false), "Ask visitors to pick a group before chatting."),
      Property(
        "widget_id", .text(.code),
        "The chat widget's id: when set, each snippet goes on to load the widget, so that the order is right."),
      Property(
        "rules", .ruleSeverities,
        "Per-rule severity: error, warning or off. The YAML and schema rules cannot be changed."),
    ])

  public static let fallback = ObjectSchema(
    "Fallback message", "A message shown when nobody can answer.",
    [
      Property(
        "message", .choice(["system", "custom"]), default: .text("system"),
        "system: the product's own text; custom: the text below."),
      Property(
        "text", .localized(allowsPlain: true),
        "The custom text per locale. Markdown links `[label](url)` and bare URLs are allowed with https, http and mailto."
      ),
    ])

  public static let liveChatFallback = ObjectSchema(
    fallback.title, "The message visitors see when live chat is unavailable.",
    fallback.properties + [
      Property(
        "offer_meeting_booking", .boolean, default: .bool(false),
        "Offer to book a meeting instead; some agent must take meetings.")
    ])

  public static let fallbacks = ObjectSchema(
    "Fallbacks", "What visitors see when no meeting slot or no agent is available.",
    [
      Property("meeting", .object(fallback), "Seen when no meeting slot is available."),
      Property("live_chat", .object(liveChatFallback), "Seen when live chat is unavailable."),
    ])

  public static let liveChat = ObjectSchema(
    "Live chat", "When and how the agent answers chats.",
    [
      Property("timezone", .text(.timezone), required: true, "IANA time zone of the hours, such as America/New_York."),
      Property(
        "hours", .weeklyHours,
        "Weekly hours: days (mon … sun, ranges such as mon-fri or fri-mon, daily) to blocks HH:MM-HH:MM; [] means closed; an end before the start runs overnight."
      ),
      Property(
        "auto_offline_after", .duration(60...86_400), "Go offline after not answering for this long (1m to 24h)."),
      Property(
        "receive_when_invisible_after", .duration(10...3_600),
        "While invisible, still receive chats that others leave unanswered this long (10s to 1h)."),
      Property("max_concurrent_chats", .integer(1...100), "The most chats at once, 1 to 100."),
      Property("notify_schedule_changes", .boolean, default: .bool(false), "Tell the agent when the schedule changes."),
    ])

  public static let meetings = ObjectSchema(
    "Meetings", "Meeting-booking availability.",
    [
      Property("calendar", .choice(["google", "outlook"]), required: true, "The calendar that receives bookings."),
      Property("video_link", .boolean, default: .bool(false), "Add a Google Meet or Microsoft Teams link."),
      Property("timezone", .text(.timezone), required: true, "IANA time zone of the hours."),
      Property("duration", .duration(300...28_800), required: true, "Length of a meeting, 5m to 8h."),
      Property("buffer", .duration(0...14_400), default: .duration(0), "Free time kept between meetings, at most 4h."),
      Property("hours", .weeklyHours, "Weekly hours when meetings may be booked."),
      Property(
        "invitation", .text(.message),
        "The invitation text; tokens such as {{person.first_name}} and {{agent.name}} are filled in."),
    ])

  public static let agent = ObjectSchema(
    "Agent", "A person who answers chats or takes meetings.",
    [
      Property("name", .text(.name), required: true, "Full name, as visitors see it."),
      Property("email", .text(.email), required: true, "Login email; unique ignoring case."),
      Property("languages", .list(.text(.locale)), "Locales the agent speaks."),
      Property("live_chat", .object(liveChat), "Live-chat settings; absent means no live chat."),
      Property("meetings", .object(meetings), "Meeting settings; absent means no meeting booking."),
    ])

  public static let team = ObjectSchema(
    "Team", "A routing team.",
    [
      Property("name", .text(.name), required: true, "The team's name."),
      Property("agents", .list(.text(.id)), "Ids of the team's agents."),
    ])

  public static let group = ObjectSchema(
    "Group", "A group of agents that a website routes visitors to with its group code.",
    [
      Property(
        "name", .localized(allowsPlain: true), required: true,
        "The name per locale, or a plain string in the default locale."),
      Property("agents", .list(.text(.id)), "Ids of the group's agents."),
      Property(
        "private", .boolean, default: .bool(false), "Private groups are not offered to visitors who pick a group."),
      Property("enabled", .boolean, default: .bool(true), "Disabled groups get no snippet and cannot be assigned."),
      Property(
        "code", .text(.code), default: .derived("sha256(id)[0:16]"),
        "The group code a page sets as groupId. Default: the first 16 hex digits of the SHA-256 of the id."),
    ])

  public static let triggerConditions = ObjectSchema(
    "Trigger conditions", "All given conditions must hold; at least one is required.", minProperties: 1,
    [
      Property("url_prefix", .text(.name), "The page's path or URL starts with this."),
      Property("visitor_language", .text(.locale), "The visitor's language: `fr` matches fr and fr-*."),
    ])

  public static let trigger = ObjectSchema(
    "Trigger", "Assigns a group to visitors who match its conditions.",
    [
      Property("name", .text(.name), required: true, "Unique name of the trigger."),
      Property("when", .object(triggerConditions), required: true, "The conditions, all of which must hold."),
      Property("assign", .text(.id), required: true, "The id of the group to assign."),
    ])
}
