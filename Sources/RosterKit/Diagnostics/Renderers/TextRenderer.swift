/// The human format: `file:line:col: severity: message [rule]`, the source
/// line with carets under the range, then notes and the hint.
public struct TextRenderer {
  public var locator: SourceLocator
  public var useColor: Bool

  public init(locator: SourceLocator, useColor: Bool) {
    self.locator = locator
    self.useColor = useColor
  }

  /// Findings of one rule in one file shown before the rest are summed up
  /// in one line; the machine formats list them all.
  public static let findingsShownPerRuleAndFile = 50

  public func render(_ diagnostics: [Diagnostic], fileCount: Int) -> String {
    var out = ""
    write(diagnostics, fileCount: fileCount) { out += $0 }
    return out
  }

  /// The same, a finding at a time.
  public func write(_ diagnostics: [Diagnostic], fileCount: Int, to output: (String) -> Void) {
    struct Key: Hashable {
      var rule: RuleID
      var file: FileID
    }
    var totals: [Key: Int] = [:]
    for diagnostic in diagnostics { totals[Key(rule: diagnostic.rule, file: diagnostic.range.file), default: 0] += 1 }
    var shown: [Key: Int] = [:]
    let limit = Self.findingsShownPerRuleAndFile
    for diagnostic in diagnostics {
      let key = Key(rule: diagnostic.rule, file: diagnostic.range.file)
      let count = shown[key, default: 0]
      shown[key] = count + 1
      if count < limit {
        output(render(diagnostic))
      } else if count == limit {
        let place = Self.escaped(locator.sources.path(diagnostic.range.file))
        let more = totals[key, default: 0] - limit
        output(
          bold(place) + ": " + paint("note:", "1;36") + " \(Self.count(more, "more finding"))"
            + " of [\(diagnostic.rule)] in this file not shown; --format json lists them all\n")
      }
    }
    let summary = DiagnosticSummary(diagnostics)
    let files = fileCount == 1 ? "1 file" : "\(fileCount) files"
    if diagnostics.isEmpty {
      output("checked \(files): no problems\n")
    } else {
      output(
        "checked \(files): \(Self.count(summary.errors, "error")), \(Self.count(summary.warnings, "warning"))\n")
    }
  }

  public func render(_ diagnostic: Diagnostic) -> String {
    let severity = diagnostic.severity.rawValue
    let span = locator.span(diagnostic.range)
    var out = bold(Self.escaped(span.startDescription)) + ": "
    out += paint(severity + ":", diagnostic.severity == .error ? "1;31" : "1;33")
    out += " " + bold(Self.escaped(diagnostic.message)) + " " + paint("[\(diagnostic.rule)]", "2") + "\n"
    out += excerpt(span, of: diagnostic.range.file)
    // The hint belongs to the finding, under its carets, before the notes about other places.
    if let hint = diagnostic.hint {
      out += "      = " + paint("hint:", "1;32") + " " + Self.escaped(hint) + "\n"
    }
    for note in diagnostic.notes {
      out += bold(Self.escaped(locator.span(note.range).startDescription)) + ": " + paint("note:", "1;36") + " "
      out += Self.escaped(note.message) + "\n"
    }
    return out
  }

  static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }

  /// The source line with `^~~~` under the range (to the end of the line when the range goes on).
  private func excerpt(_ range: SourceSpan, of file: FileID) -> String {
    guard let line = locator.line(range.start.line, of: file) else { return "" }
    let number = String(range.start.line)
    let width = max(5, number.count + 1)
    let gutter = String(repeating: " ", count: width - number.count) + number + " | "
    let blank = String(repeating: " ", count: width) + " | "
    // Columns count scalars; the carets go by what a terminal shows: a
    // character (a grapheme) is as wide as its display width, control
    // characters as wide as their escape, a tab stays a tab.
    let startColumn = range.start.column
    let endColumn = range.end.line == range.start.line ? range.end.column : Int.max
    var padding = ""
    var caretCount = 0
    var text = ""
    var column = 1
    for character in line {
      let shown = character.unicodeScalars.map { $0 == "\t" ? "\t" : Self.shown($0) }.joined()
      let width = character == "\t" ? 1 : Self.displayWidth(character)
      if column < startColumn {
        padding += character == "\t" ? "\t" : String(repeating: " ", count: width)
      } else if column < endColumn {
        caretCount += width
      }
      text += shown
      column += character.unicodeScalars.count
    }
    let carets = "^" + String(repeating: "~", count: max(1, caretCount) - 1)
    return gutter + text + "\n" + blank + padding + paint(carets, "1;32") + "\n"
  }

  /// A text with every control character shown as an escape (`\u{1B}`), so
  /// that nothing from the input reaches the terminal as a command.
  static func escaped(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isControl) else { return text }
    return text.unicodeScalars.map(shown).joined()
  }

  /// A scalar as the text format shows it.
  static func shown(_ scalar: Unicode.Scalar) -> String {
    isControl(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
  }

  /// How many terminal cells a character takes: its escape's length for a
  /// control character, none for a lone combining mark or format character,
  /// two for East Asian wide and full-width characters and for emoji shown as
  /// pictures, one otherwise.
  static func displayWidth(_ character: Character) -> Int {
    guard let first = character.unicodeScalars.first else { return 0 }
    if isControl(first) { return character.unicodeScalars.reduce(0) { $0 + shown($1).count } }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if first.properties.isEmojiPresentation || character.unicodeScalars.contains("\u{FE0F}") && first.properties.isEmoji
    {
      return 2
    }
    return isWide(first) ? 2 : 1
  }

  /// East Asian wide and full-width ranges (Unicode's EastAsianWidth W and F, in blocks).
  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
      0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1B000...0x1B2FF, 0x1F200...0x1F2FF,
      0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// C0 and C1 controls and DEL: what a terminal may take as a command.
  private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
  }

  private func bold(_ text: String) -> String { paint(text, "1") }

  private func paint(_ text: String, _ code: String) -> String { Self.paint(text, code, if: useColor) }

  /// `text` in the ANSI style `code` (`1` bold, `31` red…) when `useColor`, else as it is.
  static func paint(_ text: String, _ code: String, if useColor: Bool) -> String {
    useColor ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
