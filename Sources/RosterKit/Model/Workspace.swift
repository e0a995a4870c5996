/// The `workspace` section: the account's name, time zone, locales and rule settings.
public struct Workspace: Sendable {
  public var name: Located<String>
  public var timezone: Located<String>
  public var defaultLocale: Located<String>
  /// The locales as written; empty when the key was left out.
  public var locales: [Located<String>]
  public var askVisitorToSelectGroup: Located<Bool>
  public var widgetID: Located<String>?
  /// The coverage window; nil when it is not set (or failed to decode).
  public var coverage: CoverageSetting?
  /// Holiday calendars observed by every agent and group.
  public var calendars: [Located<String>] = []
  /// False when `calendars` was written but not read whole.
  public var calendarsAreComplete = true
  /// Per-rule severities; `nil` severity means `off`.
  public var rules: [RuleSetting]
  public var range: SourceRange
  /// False when `default_locale` or `locales` was written but failed to decode.
  public var localesAreComplete = true

  /// The locales in effect: the listed ones, or just the default locale.
  public var allLocales: [String] {
    locales.isEmpty ? [defaultLocale.value] : locales.map(\.value)
  }
}

/// One entry of `workspace.rules`.
public struct RuleSetting: Sendable {
  public var rule: RuleID
  /// The new severity, or nil for `off`.
  public var severity: Severity?
  public var range: SourceRange
}

/// The `fallbacks` section: what visitors see when nobody can answer.
public struct Fallbacks: Sendable {
  public var meeting: Fallback
  public var liveChat: Fallback
  public var range: SourceRange

  /// Whether the live-chat fallback offers to book a meeting.
  public var offerMeetingBooking: Located<Bool> { liveChat.offerMeetingBooking }
}

/// A fallback message: the product's own text, or a custom localized one.
public struct Fallback: Sendable {
  public enum Message: String, Sendable, CaseIterable { case system, custom }
  public var message: Located<Message>
  public var text: LocalizedText?
  /// Only in the live-chat fallback: offer to book a meeting instead.
  public var offerMeetingBooking: Located<Bool>
  public var range: SourceRange
  /// False when `text` was written but not read whole.
  public var textIsValid = true

  /// The product's own message, as a fallback that was left out reads.
  static func placeholder(_ range: SourceRange) -> Fallback {
    Fallback(
      message: Located(.system, at: range), text: nil, offerMeetingBooking: Located(false, at: range), range: range)
  }
}

/// A text given per locale, or once for the default locale.
public struct LocalizedText: Sendable {
  public struct Entry: Sendable {
    public var locale: Located<String>
    public var text: Located<String>
  }

  public var entries: [Entry]
  /// True when written as a plain string rather than a mapping by locale.
  public var isPlain: Bool
  public var range: SourceRange
  /// Where its key (`text:`, `name:`) was written: the place to add a missing locale.
  public var keyRange: SourceRange?
  /// False when an entry was written but failed to decode (the loader reported it).
  public var isComplete = true

  public func text(for locale: String) -> String? {
    entries.first { $0.locale.value == locale }?.text.value
  }
}

/// `workspace.coverage`: the dates `[from, until)`, in the workspace time
/// zone, that coverage and the rules about dates look at.
public struct CoverageSetting: Sendable {
  public var from: Located<String>
  public var until: Located<String>
  public var range: SourceRange

  /// The window as dates; nil when a date failed to decode.
  public var window: DateWindow? {
    guard let from = CivilDate(iso: from.value), let until = CivilDate(iso: until.value), from < until else {
      return nil
    }
    return DateWindow(from: from, until: until)
  }
}

/// A range of local dates, `until` excluded.
public struct DateWindow: Sendable, Hashable {
  public var from: CivilDate
  public var until: CivilDate

  public init(from: CivilDate, until: CivilDate) {
    self.from = from
    self.until = until
  }

  /// The longest window Roster computes: ten years of days.
  public static let maximumDays = 3_660
}

/// `groups.<id>.service_hours`: when visitors are promised a live answer.
public struct ServiceHours: Sendable {
  /// As written; nil means the workspace's time zone.
  public var timezone: Located<String>?
  public var hours: WeeklyHours
  /// As written; nil means 1.
  public var minAgents: Located<Int>?
  /// Holiday calendars the group observes besides the workspace's.
  public var calendars: [Located<String>] = []
  /// Dated changes to the promised hours.
  public var overrides: [DatedEntry] = []
  /// False when `calendars` was written but not read whole.
  public var calendarsAreComplete = true
  public var range: SourceRange

  public var requiredAgents: Int { minAgents?.value ?? 1 }
}
