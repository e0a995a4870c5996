/// `roster diff --format markdown`: a pull-request comment. A marker that a
/// workflow finds to update its comment, a summary table with the impact,
/// then the details folded; at most 60,000 characters, cut between lines
/// with every fold closed and a word that it was cut.
public enum DiffMarkdown {
  public static let marker = "<!-- roster-diff -->"
  public static let limit = 60_000

  public static func render(_ report: DiffReport, limit: Int = limit) -> String {
    var head = [marker, "### Roster: \(code(report.old.label)) → \(code(report.new.label))", ""]
    guard report.differs else {
      head.append("No changes: both sides mean the same configuration.")
      return head.joined(separator: "\n") + "\n"
    }
    for (word, side) in [("old", report.old), ("new", report.new)] where !side.unreadFiles.isEmpty {
      head.append(
        "> **Could not read** \(side.unreadFiles.map { code($0) }.joined(separator: ", ")) on the \(word) side: "
          + "what it defines is taken as the other side has it.")
      head.append("")
    }
    head += summary(report)
    // Impact first, so that a cut leaves out the details of the changes before it.
    var sections: [(title: String, lines: [String])] = []
    for (word, side) in [("old", report.old), ("new", report.new)] where !side.errorFindings.isEmpty {
      let lines = side.errorFindings.map {
        "- error \(code($0.rule)) \(code($0.place)): \(code($0.message))"
      }
      sections.append(("Errors on the \(word) side (\(side.errorFindings.count)), compared all the same", lines))
    }
    if let coverage = report.coverage, coverage.groups.contains(where: \.changed) {
      sections.append(("Coverage: gaps and service hours that changed", gapLines(coverage)))
    }
    if let diagnostics = report.diagnostics, !diagnostics.isEmpty {
      let title =
        "Findings (\(diagnostics.appeared.count) new, \(diagnostics.disappeared.count) gone, \(diagnostics.changed.count) changed)"
      sections.append((title, findingLines(diagnostics)))
    }
    if !report.changes.isEmpty {
      sections.append(("Changes (\(report.changes.count))", report.changes.flatMap(changeLines)))
    }
    return assemble(head, sections, limit: limit)
  }

  /// The summary table: changes, snippets, findings and coverage, each in one row.
  static func summary(_ report: DiffReport) -> [String] {
    var rows: [(String, String)] = []
    var counts: [String: Int] = [:]
    var order: [String] = []
    for change in report.changes {
      let key = "\(change.section) \(change.kind.rawValue)"
      if counts[key] == nil { order.append(key) }
      counts[key, default: 0] += 1
    }
    rows.append(
      (
        "Changes",
        order.map { key in
          let count = counts[key]!
          let words = key.split(separator: " ")
          return "\(count) \(words[0])\(count == 1 ? "" : "s") \(words[1])"
        }.joined(separator: ", ").ifEmpty("none")
      ))
    rows.append(
      (
        "Snippets to paste again or take off",
        report.snippets.map { "\(code($0.group, inTable: true)) (\(cell($0.reason)))" }.joined(separator: ", ")
          .ifEmpty("none")
      ))
    if let errors = (report.old.errors, report.new.errors) as? (Int, Int),
      let warnings = (report.old.warnings, report.new.warnings) as? (Int, Int)
    {
      var findings = "errors \(errors.0) → \(errors.1), warnings \(warnings.0) → \(warnings.1)"
      if let diagnostics = report.diagnostics, !diagnostics.isEmpty {
        findings +=
          " (\(diagnostics.appeared.count) new, \(diagnostics.disappeared.count) gone, \(diagnostics.changed.count) changed)"
      }
      rows.append(("Findings", findings))
    }
    var lines = ["| | |", "| --- | --- |"] + rows.map { "| **\($0.0)** | \($0.1) |" }
    if let coverage = report.coverage {
      lines += [
        "",
        "Coverage \(cell(DiffText.window(coverage))), share of promised time covered:",
        "",
        "| Group | Before | After | New gaps | Gaps gone |",
        "| --- | ---: | ---: | ---: | ---: |",
      ]
      for group in coverage.groups {
        let appeared = group.appeared.reduce(0) { $0 + $1.seconds }
        let gone = group.disappeared.reduce(0) { $0 + $1.seconds }
        lines.append(
          "| \(code(group.group, inTable: true)) | \(DiffText.share(group.before)) | \(DiffText.share(group.after)) | "
            + "\(appeared > 0 ? CoverageText.duration(appeared) : "—") | \(gone > 0 ? CoverageText.duration(gone) : "—") |"
        )
      }
    } else if let note = report.coverageNote {
      lines += ["", "Coverage: \(cell(note))."]
    }
    return lines + [""]
  }

  static func changeLines(_ change: EntityChange) -> [String] {
    let name = change.id.map { " " + code($0) } ?? ""
    var head = "- **\(change.section)**\(name) \(change.kind.rawValue)"
    if let summary = change.summary { head += change.kind == .moved ? " " + cell(summary) : ": " + code(summary) }
    return [head]
      + change.fields.map { field in
        var line = "  - \(cell(field.label))" + (field.scope.map { " " + cell($0) } ?? "") + ": "
        if (field.old ?? "").contains("\n") || (field.new ?? "").contains("\n") {
          let changed = TextDiff.lines(field.old ?? "", field.new ?? "").map {
            "\($0.sign) " + oneLine($0.line)
          }
          let fence = String(repeating: "`", count: max(3, fenceLength(changed)))
          return line + "\n\n    " + fence + "diff\n"
            + changed.map { "    " + $0.replacingOccurrences(of: "\r", with: " ") }
            .joined(separator: "\n") + "\n    " + fence
        }
        switch (field.old, field.new) {
        case (let old?, let new?): line += "\(code(old)) → \(code(new))"
        case (nil, let new?): line += "added \(code(new))"
        case (let old?, nil): line += "removed \(code(old))"
        case (nil, nil): break
        }
        return line
      }
  }

  static func gapLines(_ coverage: DiffReport.CoverageImpact) -> [String] {
    var lines: [String] = []
    for group in coverage.groups where group.changed {
      lines.append(
        "- \(code(group.group)): \(DiffText.share(group.before)) → \(DiffText.share(group.after)) covered")
      func line(_ gap: DiffReport.GapImpact, _ word: String) -> String {
        var text = "  - \(word) \(cell(gap.when)) (\(CoverageText.duration(gap.seconds)))"
        if !gap.causes.isEmpty { text += ": " + DiffText.causes(gap.causes).map { code($0) }.joined(separator: ", ") }
        return text
      }
      lines += group.appeared.map { line($0, "new gap") } + group.disappeared.map { line($0, "gap gone") }
      lines += group.noLongerPromised.map { line($0, "closed") } + group.promisedAgain.map { line($0, "reopened") }
    }
    return lines
  }

  static func findingLines(_ diagnostics: DiffReport.DiagnosticChanges) -> [String] {
    func finding(_ impact: DiffReport.DiagnosticImpact) -> String {
      "\(impact.severity) \(code(impact.rule)) \(code(impact.place)): \(code(impact.message))"
    }
    return diagnostics.appeared.map { "- new: " + finding($0) }
      + diagnostics.disappeared.map { "- gone: " + finding($0) }
      + diagnostics.changed.map { change in
        let words = TextDiff.words(change.old.message, change.new.message)
        return "- changed: " + finding(change.new)
          + (words.map { " (\(code($0)))" } ?? " (was \(code(change.old.message)))")
      }
      + (diagnostics.notChecked.isEmpty
        ? []
        : [
          "- \(diagnostics.notChecked.count) of one side not compared: the other side, with errors or unread files, did not check for them"
        ])
  }

  /// The head, then each section folded, within `limit` UTF-8 bytes (so
  /// within as many characters): lines that do not fit are left out, the
  /// open fold is closed, and a last line says so.
  static func assemble(_ head: [String], _ sections: [(title: String, lines: [String])], limit: Int) -> String {
    let cutNote = "\n_Cut at \(limit) characters: run `roster diff` for the whole report._\n"
    let closing = "\n</details>\n"
    var out = ""
    // The head too: a table of thousands of groups is cut between its rows.
    for line in head {
      guard out.utf8.count + line.utf8.count + 1 + cutNote.utf8.count <= limit else { return out + cutNote }
      out += line + "\n"
    }
    for (number, section) in sections.enumerated() {
      let open = "<details\(number == 0 ? " open" : "")><summary>\(cell(section.title))</summary>\n\n"
      guard out.utf8.count + open.utf8.count + closing.utf8.count + cutNote.utf8.count <= limit else {
        return out + cutNote
      }
      out += open
      for (index, line) in section.lines.enumerated() {
        guard out.utf8.count + line.utf8.count + 1 + closing.utf8.count + cutNote.utf8.count <= limit else {
          let rest = section.lines.count - index
          let note = "- … \(rest) more not shown"
          if out.utf8.count + note.utf8.count + 1 + closing.utf8.count + cutNote.utf8.count <= limit {
            out += note + "\n"
          }
          return out + closing + cutNote
        }
        out += line + "\n"
      }
      out += closing + "\n"
    }
    return out
  }

  /// A text as inline code, whatever backticks it holds; line breaks kept
  /// out, and `|` escaped in a table, where it would end the cell.
  static func code(_ text: String, inTable: Bool = false) -> String {
    let flat = oneLine(text, escapingPipes: inTable)
    let fence = String(repeating: "`", count: fenceLength([flat]))
    let padded = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.isEmpty ? " \(flat) " : flat
    return fence + padded + fence
  }

  /// A fence longer than any run of backticks in the lines.
  static func fenceLength(_ lines: [String]) -> Int {
    var longest = 0
    for line in lines {
      var run = 0
      for character in line {
        run = character == "`" ? run + 1 : 0
        longest = max(longest, run)
      }
    }
    return longest + 1
  }

  /// A text outside code: Markdown and HTML characters escaped.
  static func cell(_ text: String) -> String {
    var out = ""
    for character in oneLine(text) {
      if "\\`*_[]<>|#!&".contains(character) { out += "\\" }
      out.append(character)
    }
    return out
  }

  /// One line: line breaks and control characters as spaces; `|` escaped when asked, for a table.
  static func oneLine(_ text: String, escapingPipes: Bool = false) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}" {
        out += " "
      } else if escapingPipes && scalar == "|" {
        out += "\\|"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  fileprivate func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
