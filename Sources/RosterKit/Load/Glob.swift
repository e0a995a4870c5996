/// Glob patterns on `/`-separated relative paths: `*` and `?` within one
/// segment, `**` for any number of segments.
///
/// Matching steps every position of the pattern at once over the text (an
/// NFA), at both levels: time in proportion to the pattern's length times
/// the text's, whatever the stars, with no backtracking.
struct Glob: Sendable {
  let segments: [[Unicode.Scalar]]

  init(_ pattern: String) {
    segments = pattern.split(separator: "/", omittingEmptySubsequences: true).map { Array($0.unicodeScalars) }
  }

  func matches(_ path: String) -> Bool {
    let names = path.split(separator: "/").map { Array($0.unicodeScalars) }
    return Self.run(segments, names, isStar: { $0 == ["*", "*"] }) { segment, name in
      Self.run(segment, name, isStar: { $0 == "*" }) { $0 == "?" || $0 == $1 }
    }
  }

  /// Whether `items` match `pattern`, where an element for which `isStar`
  /// holds matches any run of items (none too) and any other matches one
  /// item when `matches` says so.
  static func run<Element, Item>(
    _ pattern: [Element], _ items: [Item], isStar: (Element) -> Bool, matches: (Element, Item) -> Bool
  ) -> Bool {
    var states = [Bool](repeating: false, count: pattern.count + 1)
    states[0] = true
    closeOverStars(&states, pattern, isStar)
    for item in items {
      var next = [Bool](repeating: false, count: pattern.count + 1)
      var any = false
      for position in pattern.indices where states[position] {
        if isStar(pattern[position]) {
          next[position] = true
          any = true
        } else if matches(pattern[position], item) {
          next[position + 1] = true
          any = true
        }
      }
      guard any else { return false }
      closeOverStars(&next, pattern, isStar)
      states = next
    }
    return states[pattern.count]
  }

  /// A star may match nothing: whoever stands before it stands after it too.
  private static func closeOverStars<Element>(
    _ states: inout [Bool], _ pattern: [Element], _ isStar: (Element) -> Bool
  ) {
    for position in pattern.indices where states[position] && isStar(pattern[position]) {
      states[position + 1] = true
    }
  }
}
