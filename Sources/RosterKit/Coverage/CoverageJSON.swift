/// `roster coverage --format json`: `roster.coverage/1`, sorted keys, the
/// snapshot's serializer. Instants are RFC 3339 with the workspace zone's
/// offset at that instant; local times are in the workspace zone.
public enum CoverageJSON {
  public static let format = "roster.coverage/1"

  public static func render(_ report: CoverageReport) -> String {
    value(report).prettyPrinted()
  }

  public static func value(_ report: CoverageReport) -> JSONValue {
    let zone = report.workspaceZone
    return [
      "format": .string(format),
      "tz_database": .string(report.tzVersion),
      "window": [
        "from": .string(report.window.from.iso),
        "until": .string(report.window.until.iso),
        "timezone": .string(report.timezone),
        "start": .string(rfc3339(report.span.start, in: zone)),
        "end": .string(rfc3339(report.span.end, in: zone)),
        "source": .string(source(report.windowSource)),
      ],
      "groups": .array(report.groups.map { group($0, in: report) }),
    ]
  }

  static func source(_ source: CoverageReport.WindowSource) -> String {
    switch source {
    case .configured: "workspace.coverage"
    case .arguments: "arguments"
    case .currentWeeks: "current weeks"
    }
  }

  static func group(_ group: GroupCoverage, in report: CoverageReport) -> JSONValue {
    let zone = report.workspaceZone
    let service: JSONValue =
      group.serviceHours.map { service in
        [
          "timezone": .string(group.serviceZone ?? report.timezone),
          "hours": .array(
            SnapshotV2.intervals(service.hours).map {
              ["day": .string($0.day), "start": .string($0.start), "end": .string($0.end)]
            }),
        ]
      } ?? .null
    return [
      "id": .string(group.id),
      "name": .string(group.name),
      "members": .array(group.members.map(JSONValue.string)),
      "min_agents": .integer(group.minAgents),
      "service_hours": service,
      "promised_seconds": .integer(Int(group.promisedSeconds)),
      "covered_seconds": .integer(Int(group.coveredSeconds)),
      "staffed_seconds": .integer(Int(group.staffedSeconds)),
      "covered_share": group.serviceHours == nil
        ? .null : .number(CoverageText.share(group.coveredSeconds, of: group.promisedSeconds)),
      "gaps": .array(group.gaps.map { gap($0, zone: zone) }),
      "closed": .array(
        group.closed.map { stretch in
          let date = CoverageText.startDate(stretch.span, in: zone)
          return [
            "start": .string(rfc3339(stretch.span.start, in: zone)),
            "end": .string(rfc3339(stretch.span.end, in: zone)),
            "seconds": .integer(Int(stretch.span.seconds)),
            "date": .string(date.iso),
            "weekday": .string(date.weekday.name),
            "local": .string(CoverageText.times(stretch.span, in: zone)),
            "causes": .array(stretch.causes.map(cause)),
          ]
        }),
      "week": .array(group.week.map(cell)),
    ]
  }

  static func gap(_ gap: Gap, zone: ZoneTimeline) -> JSONValue {
    let date = CoverageText.startDate(gap.span, in: zone)
    return [
      "start": .string(rfc3339(gap.span.start, in: zone)),
      "end": .string(rfc3339(gap.span.end, in: zone)),
      "seconds": .integer(Int(gap.span.seconds)),
      "date": .string(date.iso),
      "weekday": .string(date.weekday.name),
      "local": .string(CoverageText.times(gap.span, in: zone)),
      "agents": .array(gap.agents.map(JSONValue.string)),
      "causes": .array(
        gap.datedCauses.map(cause)
          + gap.clockChanges.map { change in
            let before = CoverageText.reading(change.change.at + Int64(change.change.before))
            let after = CoverageText.reading(change.change.at + Int64(change.change.after))
            return [
              "kind": "clock-change",
              "zone": .string(change.zone),
              "at": .string(rfc3339(change.change.at, offset: change.change.after)),
              "from": .string(CoverageText.clock(before.time)),
              "to": .string(CoverageText.clock(after.time)),
            ]
          }),
    ]
  }

  /// A dated entry as a cause: its kind, name, dates, and its calendar or agent.
  static func cause(_ cause: DatedCause) -> JSONValue {
    var object: [String: JSONValue] = [
      "kind": .string(cause.kind.rawValue), "name": cause.name.map(JSONValue.string) ?? .null,
      "dates": .string(cause.dates),
    ]
    if let calendar = cause.calendar { object["calendar"] = .string(calendar) }
    if let agent = cause.agent { object["agent"] = .string(agent) }
    return .object(object)
  }

  static func cell(_ cell: WeekCell) -> JSONValue {
    [
      "day": .string(cell.day.name),
      "start": .string(Clock.format(cell.start)),
      "end": .string(Clock.format(cell.start + 30)),
      "min_agents": .integer(cell.minAgents),
      "mean_agents": .decimal(cell.meanAgents, places: 2),
      "promised_share": .decimal(cell.promisedShare, places: 4),
      "status": .string(cell.status.rawValue),
    ]
  }

  /// `2026-03-09T09:00:00+01:00`.
  public static func rfc3339(_ instant: Int64, in zone: ZoneTimeline) -> String {
    rfc3339(instant, offset: Int(zone.offset(at: instant)))
  }

  static func rfc3339(_ instant: Int64, offset: Int) -> String {
    let local = CoverageText.reading(instant + Int64(offset))
    let time = local.time
    return local.date.iso + "T" + CivilDate.pad(Int(time / 3600), 2) + ":" + CivilDate.pad(Int(time % 3600 / 60), 2)
      + ":" + CivilDate.pad(Int(time % 60), 2) + TimeZoneFormat.offset(offset)
  }
}
