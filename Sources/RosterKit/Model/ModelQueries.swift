/// Questions that several rules ask of the model.
extension Configuration {
  /// The locales that texts may be written in: the workspace's locales, with
  /// the default locale added when the list leaves it out (unknown-locale
  /// reports that once, at `default_locale`). Placeholders are left out.
  var textLocales: [String] {
    let listed = locales.filter { !$0.isEmpty }
    guard !defaultLocale.isEmpty, !listed.contains(defaultLocale) else { return listed }
    return [defaultLocale] + listed
  }

  /// True when the workspace's locales are known for sure: its default
  /// locale and locales decoded, and the default is one of the locales.
  /// Otherwise `unknown-locale` or the loader reported the cause, and which
  /// translations are missing depends on how the user fixes it.
  var localesAreSettled: Bool {
    guard let workspace, workspace.localesAreComplete, !defaultLocale.isEmpty else { return false }
    return workspace.locales.isEmpty || workspace.locales.contains { $0.value == defaultLocale }
  }

  /// The two fallbacks, each with the name that messages give it.
  var namedFallbacks: [(name: String, fallback: Fallback)] {
    guard let fallbacks else { return [] }
    return [("meeting", fallbacks.meeting), ("live-chat", fallbacks.liveChat)]
  }
}

extension Meetings {
  /// False when the duration was missing or invalid: the loader reported
  /// that, and the model holds a placeholder at the `meetings` object.
  var hasDuration: Bool { duration.range != range }
}

extension Trigger {
  /// False when no condition decoded: the loader reported that.
  var hasConditions: Bool { urlPrefix != nil || visitorLanguage != nil }

  /// The trigger as messages name it.
  var label: String { name.value.isEmpty ? "trigger at line \(line)" : "trigger '\(name.value)'" }
}

/// The items with the first of each key, in their order.
func distinct<T>(_ items: [T], _ key: (T) -> String) -> [T] {
  var seen = Set<String>()
  return items.filter { seen.insert(key($0)).inserted }
}

/// Each item whose key an earlier item already had, paired with that first
/// item, in order: what the duplicate-* rules report.
func repeats<T>(_ items: [T], by key: (T) -> String) -> [(first: T, repeat: T)] {
  var first: [String: T] = [:]
  first.reserveCapacity(items.count)
  var result: [(first: T, repeat: T)] = []
  for item in items {
    let itemKey = key(item)
    if let original = first[itemKey] {
      result.append((original, item))
    } else {
      first[itemKey] = item
    }
  }
  return result
}
