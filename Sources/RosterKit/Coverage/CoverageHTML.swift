/// `roster coverage --format html`: one self-contained page (no script, no
/// network) with, per group, a week heat map in the workspace time zone and
/// the gap table. Every text from the configuration is escaped.
public enum CoverageHTML {
  public static func render(_ report: CoverageReport) -> String {
    var out = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
      <title>\(escape(CoverageTextReport.header(report)))</title>
      <style>\(style)</style>
      </head>
      <body>
      <h1>Coverage</h1>
      <p class="window">\(escape(CoverageTextReport.header(report)))</p>

      """
    for (group, lines) in zip(report.groups, GapLine.lines(report)) { out += section(group, lines, report) }
    if report.groups.isEmpty { out += "<p>No enabled group.</p>\n" }
    return out + "</body>\n</html>\n"
  }

  static func section(_ group: GroupCoverage, _ lines: [GapLine], _ report: CoverageReport) -> String {
    let title =
      group.name == group.id ? escape(group.id) : "\(escape(group.id)) (<bdi>\(escape(group.name))</bdi>)"
    var out = "<section>\n<h2>\(title)</h2>\n"
    for line in CoverageTextReport.summary(group) { out += "<p>\(escape(line))</p>\n" }
    out += legend(group)
    out += heatMap(group)
    if !lines.isEmpty {
      out += "<table class=\"gaps\">\n<thead><tr><th>When (\(escape(report.timezone)))</th><th>Online</th>"
      out += "<th>Length</th><th>Cause</th></tr></thead>\n<tbody>\n"
      for line in lines {
        let when = line.except.map { line.when + ", " + $0 } ?? line.when
        let length =
          line.count > 1
          ? "\(line.count) × \(CoverageText.duration(line.seconds / Int64(line.count)))"
          : CoverageText.duration(line.seconds)
        out += "<tr><td>\(escape(when))</td><td>\(escape(line.who))</td><td>\(escape(length))</td>"
        out += "<td>\(escape(line.cause ?? ""))</td></tr>\n"
      }
      out += "</tbody>\n</table>\n"
    }
    let closed = CoverageTextReport.closedLines(group, in: report)
    if !closed.isEmpty {
      out += "<table class=\"gaps\">\n<thead><tr><th>Closed (\(escape(report.timezone)))</th><th>By</th></tr></thead>\n"
      out += "<tbody>\n"
      for line in closed { out += "<tr><td>\(escape(line.when))</td><td>\(escape(line.cause))</td></tr>\n" }
      out += "</tbody>\n</table>\n"
    }
    return out + "</section>\n"
  }

  /// What the colours of this group's map mean.
  static func legend(_ group: GroupCoverage) -> String {
    var entries: [(status: String, meaning: String)]
    if group.serviceHours == nil {
      entries = [("online", "someone online"), ("closed", "nobody online")]
    } else {
      entries = [("staffed", group.minAgents > 1 ? "\(group.minAgents) or more online" : "someone online")]
      if group.minAgents > 1 { entries.append(("under", "fewer than \(group.minAgents) online at times")) }
      entries += [("nobody", "nobody online at times"), ("closed", "outside service hours")]
    }
    let items = entries.map { "<span class=\"\($0.status)\"></span>\(escape($0.meaning))" }
    return "<p class=\"legend\">" + items.joined(separator: " ") + "</p>\n"
  }

  /// Seven columns, Monday first, of 48 half hours; a tooltip per cell.
  static func heatMap(_ group: GroupCoverage) -> String {
    var out = "<table class=\"week\">\n<thead><tr><th></th>"
    for day in Weekday.allCases { out += "<th>\(day.name)</th>" }
    out += "</tr></thead>\n<tbody>\n"
    let promises = group.serviceHours != nil
    for slot in 0..<48 {
      out += "<tr><th>\(slot % 2 == 0 ? Clock.format(slot * 30) : "")</th>"
      for day in Weekday.allCases {
        let cell = group.week[day.rawValue * 48 + slot]
        let status = promises ? cell.status.rawValue : (cell.minAgents > 0 || cell.meanAgents > 0 ? "online" : "closed")
        let mean = JSONValue.decimal(cell.meanAgents, places: 1).canonical()
        var tip = "\(day.name) \(Clock.format(cell.start))-\(Clock.format(cell.start + 30)): "
        if promises, let least = cell.minPromisedAgents {
          tip += "promised \(CoverageText.percent(cell.promisedSeconds, of: cell.seconds)) of the time; then at least "
          tip += "\(least) online ("
          tip +=
            cell.status == .nobody
            ? "nobody at times" : cell.status == .under ? "under \(group.minAgents) at times" : "staffed"
          tip += "); on average \(mean) online"
        } else {
          tip += "at least \(cell.minAgents), on average \(mean) online"
          if promises { tip += "; outside service hours" }
        }
        out += "<td class=\"\(status)\" title=\"\(escape(tip))\"></td>"
      }
      out += "</tr>\n"
    }
    return out + "</tbody>\n</table>\n"
  }

  /// Text for HTML content and attribute values.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
          out += "&#xFFFD;"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Red and green differ in lightness too, so that they stay apart for readers who do not tell their hues.
  static let style = """
    body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}\
    h2{margin:2em 0 .3em}section{display:flow-root}section p{margin:.2em 0}\
    table.week{border-collapse:separate;border-spacing:2px 0;margin:.6em 2.5em 1em 0;float:left}\
    table.week td{width:3.4em;height:11px;padding:0}\
    table.week tbody tr:nth-child(odd) td{border-top:2px solid #fff}\
    table.week th{font-weight:normal;font-size:11px;line-height:11px;color:#555;padding:0 .4em 0 0;\
    text-align:right;vertical-align:top;white-space:nowrap}\
    table.week thead th{text-align:center;vertical-align:bottom;padding:0 0 3px}\
    .nobody{background:#b2182b}.under{background:#fdae61}.staffed{background:#5aae61}\
    .closed{background:#ebebeb}.online{background:#b8e186}\
    .legend{color:#444}.legend span{display:inline-block;width:1em;height:1em;vertical-align:-.15em;\
    margin:0 .35em 0 1.2em;box-shadow:inset 0 0 0 1px rgba(0,0,0,.12)}.legend span:first-child{margin-left:0}\
    table.gaps{border-collapse:collapse;margin-top:1.4em}\
    table.gaps td,table.gaps th{border:1px solid #ccc;padding:.2em .6em;text-align:left;vertical-align:top}\
    table.gaps td:nth-child(3){white-space:nowrap}
    """
}
