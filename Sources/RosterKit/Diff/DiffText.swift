/// `roster diff --format text`: the changes entity by entity, then the
/// impact. Colour only on a terminal; every text from the input escaped.
public enum DiffText {
  /// Errors of a side listed in the text before "run roster check" says the rest.
  static let listedErrors = 20

  public static func render(_ report: DiffReport, useColor: Bool = false) -> String {
    var out = Painter(useColor: useColor)
    out.line(out.bold("roster diff \(report.old.label) → \(report.new.label)"))
    for (name, side) in [("old", report.old), ("new", report.new)] {
      out.line("  \(name): " + sideText(side))
      for finding in side.errorFindings.prefix(Self.listedErrors) {
        out.line(
          "    " + out.paint("error", "31")
            + " [\(finding.rule)] \(escaped(finding.place)): \(escaped(finding.message))")
      }
      if side.errorFindings.count > Self.listedErrors {
        out.line("    … \(side.errorFindings.count - Self.listedErrors) more errors: run roster check")
      }
      for file in side.unreadFiles {
        out.line("    could not read \(escaped(file)): what it defines is taken as the other side has it")
      }
    }
    out.line("")
    guard report.differs else {
      out.line("no changes")
      return out.text
    }
    if !report.changes.isEmpty {
      out.line(out.bold("Changes"))
      for change in report.changes { write(change, into: &out) }
      out.line("")
    }
    out.line(out.bold("Impact"))
    if report.snippets.isEmpty {
      out.line("  Snippets: none to paste again")
    } else {
      out.line("  Snippets to paste again or take off")
      for snippet in report.snippets { out.line("    \(escaped(snippet.group)): \(escaped(snippet.reason))") }
    }
    if let diagnostics = report.diagnostics {
      if diagnostics.isEmpty && diagnostics.notChecked.isEmpty {
        out.line("  Findings: the same")
      } else {
        out.line("  Findings")
        func finding(_ impact: DiffReport.DiagnosticImpact) -> String {
          impact.severity + " [\(impact.rule)] \(escaped(impact.place)): \(escaped(impact.message))"
        }
        for impact in diagnostics.appeared { out.line("    " + out.paint("+ ", "32") + finding(impact)) }
        for impact in diagnostics.disappeared { out.line("    " + out.paint("− ", "31") + finding(impact)) }
        if !diagnostics.notChecked.isEmpty {
          out.line(
            "    \(TextRenderer.count(diagnostics.notChecked.count, "finding")) of one side not compared: "
              + "the other side, with errors or unread files, did not check for it")
        }
        for (old, new) in diagnostics.changed {
          out.line("    " + out.paint("~ ", "33") + finding(new))
          if let words = TextDiff.words(old.message, new.message) {
            out.line("        changed: " + escaped(words))
          } else {
            out.line("        was: " + escaped(old.message))
          }
        }
      }
    }
    if let coverage = report.coverage {
      out.line("  Coverage \(Self.window(coverage)), share of promised time covered")
      let width = coverage.groups.map(\.group.count).max() ?? 0
      var unchanged: [String] = []
      for group in coverage.groups {
        guard group.changed else {
          unchanged.append(escaped(group.group))
          continue
        }
        let name = escaped(group.group).padding(toLength: max(width, group.group.count), withPad: " ", startingAt: 0)
        out.line("    \(name)  \(share(group.before)) → \(share(group.after))")
        for gap in group.appeared { write(gap, sign: out.paint("+ gap ", "31"), into: &out) }
        for gap in group.disappeared { write(gap, sign: out.paint("− gap ", "32"), into: &out) }
        for stretch in group.noLongerPromised { write(stretch, sign: "closed ", into: &out) }
        for stretch in group.promisedAgain { write(stretch, sign: "reopened ", into: &out) }
      }
      if unchanged.count > Self.listedUnchanged {
        let others = unchanged.count < coverage.groups.count ? " other" : ""
        out.line("    unchanged: \(unchanged.count)\(others) groups")
      } else if !unchanged.isEmpty {
        out.line("    unchanged: " + unchanged.joined(separator: ", "))
      }
    } else if let note = report.coverageNote {
      out.line("  Coverage: \(note)")
    }
    return out.text
  }

  /// `2026-03-02 to 2026-04-05 (Europe/Paris)`: the window's first and last dates, as `roster coverage` says them.
  static func window(_ coverage: DiffReport.CoverageImpact) -> String {
    "\(coverage.window.from.iso) to \(coverage.window.until.advanced(by: -1).iso) (\(coverage.timezone))"
  }

  static func sideText(_ side: DiffReport.Side) -> String {
    var text = escaped(side.label) + " (\(side.format)"
    if let errors = side.errors, let warnings = side.warnings {
      text += ", \(TextRenderer.count(errors, "error")), \(TextRenderer.count(warnings, "warning"))"
    }
    return text + ")"
  }

  static func write(_ change: EntityChange, into out: inout Painter) {
    let name = change.id.map { " " + (change.section == "trigger" ? "'\(escaped($0))'" : escaped($0)) } ?? ""
    switch change.kind {
    case .added:
      out.line("  " + out.paint("+ \(change.section)\(name)", "32") + (change.summary.map { ": " + escaped($0) } ?? ""))
    case .removed:
      out.line("  " + out.paint("− \(change.section)\(name)", "31") + (change.summary.map { ": " + escaped($0) } ?? ""))
    case .moved:
      out.line("  " + out.paint("~ \(change.section)\(name)", "33") + " moved " + (change.summary ?? ""))
    case .changed:
      out.line("  " + out.paint("~ \(change.section)\(name)", "33"))
    }
    for field in change.fields { out.line("      " + fieldText(field, painter: out)) }
  }

  /// `live_chat.hours: mon 09:00-12:00 → 10:00-12:00`, `agents: + bob`.
  static func fieldText(_ field: FieldChange, painter: Painter) -> String {
    var text = escaped(field.label) + ": " + (field.scope.map { escaped($0) + " " } ?? "")
    // A text of several lines: the lines that changed, each on its own line.
    if (field.old ?? "").contains("\n") || (field.new ?? "").contains("\n") {
      for (sign, line) in TextDiff.lines(field.old ?? "", field.new ?? "") {
        text += "\n          " + (sign == "+" ? painter.paint("+ ", "32") : painter.paint("− ", "31")) + escaped(line)
      }
      return text
    }
    switch (field.old, field.new) {
    case (let old?, let new?): text += escaped(old) + " → " + escaped(new)
    case (nil, let new?): text += painter.paint("+ ", "32") + escaped(new)
    case (let old?, nil): text += painter.paint("− ", "31") + escaped(old)
    case (nil, nil): break
    }
    return text
  }

  static func write(_ gap: DiffReport.GapImpact, sign: String, into out: inout Painter) {
    var text = "      " + sign + escaped(gap.when) + " (\(CoverageText.duration(gap.seconds)))"
    if !gap.causes.isEmpty { text += ": " + causes(gap.causes).map(escaped).joined(separator: ", ") }
    out.line(text)
  }

  /// At most `listedCauses` causes, then how many more.
  static func causes(_ causes: [String]) -> [String] {
    causes.count <= listedCauses ? causes : causes.prefix(listedCauses) + ["and \(causes.count - listedCauses) more"]
  }

  static let listedCauses = 6

  /// Groups named on the "unchanged" line before they are only counted.
  static let listedUnchanged = 12

  /// `97.9%`, or `—` for a group not enabled on that side.
  static func share(_ seconds: (promised: Int64, covered: Int64)?) -> String {
    guard let seconds else { return "—" }
    guard seconds.promised > 0 else { return "no service hours" }
    return CoverageText.percent(seconds.covered, of: seconds.promised)
  }

  static func escaped(_ text: String) -> String { TextRenderer.escaped(text) }
}

/// Lines of text, painted with ANSI colours when asked.
struct Painter {
  var useColor: Bool
  private(set) var text = ""

  init(useColor: Bool) { self.useColor = useColor }

  mutating func line(_ line: String) { text += line + "\n" }

  func paint(_ text: String, _ code: String) -> String { TextRenderer.paint(text, code, if: useColor) }

  func bold(_ text: String) -> String { paint(text, "1") }
}
