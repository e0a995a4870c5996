/// A person who answers chats or takes meetings.
public struct Agent: Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var email: Located<String>
  public var languages: [Located<String>]
  public var range: SourceRange
  /// False when a key was written but failed to decode, or a required one is
  /// missing: the loader reported it, and rules draw no conclusion from it.
  public var isComplete = true
  /// The keys written but not read whole (misspelled, of the wrong type, invalid).
  public var invalidKeys: Set<String> = []
  // The two schedules are kept out of line: an agent is a third of the
  // size, and copies of an agent share them.
  private var liveChatBox: Box<LiveChat>?
  private var meetingsBox: Box<Meetings>?
  private var datesBox: Box<AgentDates>?

  public init(
    id: Located<String>, name: Located<String>, email: Located<String>, languages: [Located<String>],
    liveChat: LiveChat?, meetings: Meetings?, range: SourceRange, isComplete: Bool = true
  ) {
    self.id = id
    self.name = name
    self.email = email
    self.languages = languages
    self.range = range
    self.isComplete = isComplete
    self.liveChat = liveChat
    self.meetings = meetings
  }

  /// Live-chat settings; nil when the agent does not chat.
  public var liveChat: LiveChat? {
    get { liveChatBox?.value }
    set { liveChatBox = newValue.map(Box.init) }
  }

  /// Meeting settings; nil when the agent takes no meetings.
  public var meetings: Meetings? {
    get { meetingsBox?.value }
    set { meetingsBox = newValue.map(Box.init) }
  }

  /// Calendars, time off and extra hours (SPEC 9); empty when none are written.
  public var dates: AgentDates {
    get { datesBox?.value ?? AgentDates() }
    set { datesBox = newValue.isEmpty && newValue.isComplete ? nil : Box(newValue) }
  }
}

/// A value kept out of line and shared by copies.
final class Box<Value: Sendable>: Sendable {
  let value: Value

  init(_ value: Value) { self.value = value }
}

/// An agent's live-chat settings.
public struct LiveChat: Sendable {
  public var timezone: Located<String>
  public var hours: WeeklyHours
  public var autoOfflineAfter: Located<Int>?
  public var receiveWhenInvisibleAfter: Located<Int>?
  public var maxConcurrentChats: Located<Int>?
  public var notifyScheduleChanges: Bool
  public var range: SourceRange
}

/// An agent's meeting-booking settings.
public struct Meetings: Sendable {
  public enum Calendar: String, Sendable, CaseIterable { case google, outlook }
  public var calendar: Located<Calendar>
  public var videoLink: Bool
  public var timezone: Located<String>
  /// In seconds.
  public var duration: Located<Int>
  /// In seconds.
  public var buffer: Located<Int>
  public var hours: WeeklyHours
  public var invitation: Located<String>?
  public var range: SourceRange
}

/// A Marketo-style routing team.
public struct Team: Sendable {
  public var id: Located<String>
  public var name: Located<String>
  public var agents: [Located<String>]
  public var range: SourceRange
  /// False when the agent list was written but failed to decode, in whole or in part.
  public var membersAreComplete = true
}

/// A Brevo-style group: agents that a website routes visitors to with a snippet.
public struct Group: Sendable {
  public var id: Located<String>
  public var name: LocalizedText
  public var agents: [Located<String>]
  public var isPrivate: Bool
  public var isEnabled: Located<Bool>
  /// The code as written, or nil when it is derived from the id.
  public var explicitCode: Located<String>?
  /// When visitors are promised a live answer; nil when not written.
  public var serviceHours: ServiceHours?
  public var range: SourceRange
  /// False when the agent list was written but failed to decode, in whole or in part.
  public var membersAreComplete = true
  /// False when the name was missing or failed to decode: the loader
  /// reported that, and the model holds an empty placeholder.
  public var hasName = true
  /// The keys written but not read whole (misspelled, of the wrong type, invalid).
  public var invalidKeys: Set<String> = []

  /// The code in effect: as written, or derived from the id.
  public var code: String { explicitCode?.value ?? GroupCode.derived(from: id.value) }
  /// Where the code comes from: the `code` key, or else the id.
  public var codeRange: SourceRange { explicitCode?.range ?? id.range }
}

/// A routing rule: visitors who match its conditions are assigned a group.
public struct Trigger: Sendable {
  public var name: Located<String>
  public var urlPrefix: Located<String>?
  public var visitorLanguage: Located<String>?
  public var assign: Located<String>
  public var range: SourceRange
  /// The line where the trigger starts, for messages about a trigger without a name.
  public var line = 0
  /// False when `when` was written with a condition that was not read whole.
  public var conditionsAreComplete = true

  /// A trigger with nothing read yet.
  static func placeholder(_ range: SourceRange) -> Trigger {
    Trigger(
      name: Located("", at: range), urlPrefix: nil, visitorLanguage: nil, assign: Located("", at: range), range: range)
  }
}
