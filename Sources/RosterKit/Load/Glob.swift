/// Glob patterns on `/`-separated relative paths: `*` and `?` within one
/// segment, `**` for any number of segments.
struct Glob: Sendable {
  let segments: [Substring]

  init(_ pattern: String) {
    segments = pattern.split(separator: "/", omittingEmptySubsequences: true)
  }

  func matches(_ path: String) -> Bool {
    Self.match(segments[...], path.split(separator: "/")[...])
  }

  private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
    guard let first = pattern.first else { return path.isEmpty }
    if first == "**" {
      let rest = pattern.dropFirst()
      var remaining = path
      while true {
        if match(rest, remaining) { return true }
        guard !remaining.isEmpty else { return false }
        remaining = remaining.dropFirst()
      }
    }
    guard let segment = path.first, matchSegment(Array(first.unicodeScalars)[...], Array(segment.unicodeScalars)[...])
    else { return false }
    return match(pattern.dropFirst(), path.dropFirst())
  }

  private static func matchSegment(_ pattern: ArraySlice<Unicode.Scalar>, _ name: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let p = pattern.first else { return name.isEmpty }
    switch p {
    case "*":
      var rest = name
      while true {
        if matchSegment(pattern.dropFirst(), rest) { return true }
        guard !rest.isEmpty else { return false }
        rest = rest.dropFirst()
      }
    case "?":
      return !name.isEmpty && matchSegment(pattern.dropFirst(), name.dropFirst())
    default:
      return name.first == p && matchSegment(pattern.dropFirst(), name.dropFirst())
    }
  }
}
