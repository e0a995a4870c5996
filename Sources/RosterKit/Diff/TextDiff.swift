/// Line and word differences of texts, for messages and multi-line values.
enum TextDiff {
  /// The lines removed (`-`) and added (`+`), in order, around the longest common run of lines.
  static func lines(_ old: String, _ new: String) -> [(sign: Character, line: String)] {
    let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return script(a, b).filter { $0.sign != " " }
  }

  /// How `b` is made from `a`: each item kept (` `), removed (`-`) or added
  /// (`+`), in order, keeping the longest common subsequence; a removal
  /// comes before the addition that takes its place.
  static func script(_ a: [String], _ b: [String]) -> [(sign: Character, line: String)] {
    var lengths = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lengths[i][j] = a[i] == b[j] ? lengths[i + 1][j + 1] + 1 : max(lengths[i + 1][j], lengths[i][j + 1])
      }
    }
    var result: [(Character, String)] = []
    var (i, j) = (0, 0)
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        result.append((" ", a[i]))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lengths[i + 1][j] >= lengths[i][j + 1] {
        result.append(("-", a[i]))
        i += 1
      } else {
        result.append(("+", b[j]))
        j += 1
      }
    }
    return result
  }

  /// `44h → 45h, 71 → 72`: the words that differ between two texts of as
  /// many words, when at most four do; nil otherwise.
  static func words(_ old: String, _ new: String) -> String? {
    let a = old.split(separator: " ")
    let b = new.split(separator: " ")
    guard a.count == b.count else { return nil }
    let pairs = zip(a, b).filter { $0 != $1 }
    guard !pairs.isEmpty, pairs.count <= 4 else { return nil }
    return pairs.map { "\($0) → \($1)" }.joined(separator: ", ")
  }
}
