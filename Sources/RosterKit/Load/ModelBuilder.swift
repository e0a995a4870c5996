/// Builds model values from decoded objects. Keys that failed to decode
/// get placeholders at the object's range, so that rules still see the entity.
enum ModelBuilder {
  static func workspace(_ object: ObjectValue) -> Workspace {
    Workspace(
      name: required(object, "name"),
      timezone: required(object, "timezone"),
      defaultLocale: required(object, "default_locale"),
      locales: object.texts("locales"),
      askVisitorToSelectGroup: object.bool("ask_visitor_to_select_group"),
      widgetID: object.text("widget_id"),
      rules: object.severities("rules"),
      range: object.range,
      localesAreComplete: !object.isInvalid("default_locale") && !object.isInvalid("locales"))
  }

  static func fallbacks(_ object: ObjectValue) -> Fallbacks {
    let liveChat = object.object("live_chat")
    return Fallbacks(
      meeting: fallback(object.object("meeting"), at: object.range),
      liveChat: fallback(liveChat, at: object.range),
      offerMeetingBooking: liveChat?.bool("offer_meeting_booking") ?? Located(false, at: object.range),
      range: object.range)
  }

  private static func fallback(_ object: ObjectValue?, at range: SourceRange) -> Fallback {
    guard let object else {
      return Fallback(message: Located(.system, at: range), text: nil, range: range)
    }
    let word = required(object, "message")
    return Fallback(
      message: Located(Fallback.Message(rawValue: word.value) ?? .system, at: word.range),
      text: object.localized("text"), range: object.range)
  }

  static func agent(_ entity: Entity) -> Agent {
    let object = entity.object
    return Agent(
      id: entity.id,
      name: required(object, "name"),
      email: required(object, "email"),
      languages: object.texts("languages"),
      liveChat: object.object("live_chat").map(liveChat),
      meetings: object.object("meetings").map(meetings),
      range: object.range,
      isComplete: object.isComplete)
  }

  private static func liveChat(_ object: ObjectValue) -> LiveChat {
    LiveChat(
      timezone: required(object, "timezone"),
      hours: object.hours("hours"),
      autoOfflineAfter: object.duration("auto_offline_after"),
      receiveWhenInvisibleAfter: object.duration("receive_when_invisible_after"),
      maxConcurrentChats: object.integer("max_concurrent_chats"),
      notifyScheduleChanges: object.bool("notify_schedule_changes").value,
      range: object.range)
  }

  private static func meetings(_ object: ObjectValue) -> Meetings {
    let calendar = required(object, "calendar")
    return Meetings(
      calendar: Located(Meetings.Calendar(rawValue: calendar.value) ?? .google, at: calendar.range),
      videoLink: object.bool("video_link").value,
      timezone: required(object, "timezone"),
      duration: object.duration("duration") ?? Located(1800, at: object.range),
      buffer: object.duration("buffer") ?? Located(0, at: object.range),
      hours: object.hours("hours"),
      invitation: object.text("invitation"),
      range: object.range)
  }

  static func team(_ entity: Entity) -> Team {
    Team(
      id: entity.id, name: required(entity.object, "name"), agents: entity.object.texts("agents"),
      range: entity.object.range, membersAreComplete: !entity.object.isInvalid("agents"))
  }

  static func group(_ entity: Entity) -> Group {
    let object = entity.object
    return Group(
      id: entity.id,
      name: object.localized("name") ?? LocalizedText(entries: [], isPlain: false, range: entity.id.range),
      agents: object.texts("agents"),
      isPrivate: object.bool("private").value,
      isEnabled: object.bool("enabled"),
      explicitCode: object.fields["code"] == nil ? nil : object.text("code"),
      range: object.range,
      membersAreComplete: !object.isInvalid("agents"))
  }

  static func trigger(_ object: ObjectValue) -> Trigger {
    let when = object.object("when")
    return Trigger(
      name: required(object, "name"),
      urlPrefix: when?.text("url_prefix"),
      visitorLanguage: when?.text("visitor_language"),
      assign: required(object, "assign"),
      range: object.range)
  }

  /// A required text, or an empty placeholder where it was missing or invalid.
  private static func required(_ object: ObjectValue, _ key: String) -> Located<String> {
    object.text(key) ?? Located("", at: object.range)
  }
}
