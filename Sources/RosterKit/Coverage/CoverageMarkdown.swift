/// `roster coverage --format markdown`: a summary table and the first gaps
/// of each group, for a pull request or a wiki page.
public enum CoverageMarkdown {
  /// Gap lines shown per group; the rest are counted.
  static let linesShown = 10

  public static func render(_ report: CoverageReport) -> String {
    var out = "### " + escape(CoverageTextReport.header(report)) + "\n\n"
    guard !report.groups.isEmpty else { return out + "No enabled group.\n" }
    out += "| Group | Service hours | Covered | Gaps |\n| --- | --- | ---: | ---: |\n"
    for group in report.groups {
      let service =
        group.serviceHours.map { service in
          service.hours.blocks.map(\.label).joined(separator: ", ") + " (\(group.serviceZone ?? report.timezone))"
            + (group.minAgents > 1 ? ", at least \(group.minAgents) agents" : "")
        } ?? "none"
      let covered =
        group.serviceHours == nil
        ? "—"
        : "\(CoverageText.percent(group.coveredSeconds, of: group.promisedSeconds)) of \(CoverageText.duration(group.promisedSeconds))"
      let gaps =
        group.gaps.isEmpty
        ? "0" : "\(group.gaps.count) (\(CoverageText.duration(group.promisedSeconds - group.coveredSeconds)))"
      out += "| \(escape(CoverageTextReport.title(group))) | \(escape(service)) | \(covered) | \(gaps) |\n"
    }
    for (group, lines) in zip(report.groups, GapLine.lines(report)) where !group.gaps.isEmpty {
      out += "\n<details><summary>\(escape(group.id)): \(group.gaps.count) gap\(group.gaps.count == 1 ? "" : "s")"
      out += "</summary>\n\n"
      for line in lines.prefix(linesShown) {
        var text = "- **\(escape(line.when))**: \(escape(line.who))"
        if let except = line.except { text += ", " + except }
        if let cause = line.cause { text += "; " + escape(cause) }
        out += text + "\n"
      }
      if lines.count > linesShown { out += "- … and \(lines.count - linesShown) more lines: `roster coverage`\n" }
      out += "\n</details>\n"
    }
    for group in report.groups where !group.closed.isEmpty {
      let closed = CoverageTextReport.closedLines(group, in: report)
      out += "\n<details><summary>\(escape(group.id)): closed by dated entries</summary>\n\n"
      for line in closed.prefix(linesShown) { out += "- **\(escape(line.when))**: \(escape(line.cause))\n" }
      if closed.count > linesShown { out += "- … and \(closed.count - linesShown) more: `roster coverage`\n" }
      out += "\n</details>\n"
    }
    return out
  }

  /// Text that Markdown and the HTML it allows read as text: `<`, `>`, `&`, `|`, `*`, `_`, `` ` ``, `[`, `]` escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    for char in text {
      switch char {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "|", "*", "_", "`", "[", "]", "\\", "#": out += "\\" + String(char)
      case "\n", "\r": out += " "
      default: out.append(char)
      }
    }
    return out
  }
}
