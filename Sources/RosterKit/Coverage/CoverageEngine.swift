/// Computes coverage (SPEC 8): each member's live-chat hours become exact
/// real-time spans in the member's zone, one sweep over all members counts
/// the agents online, and the service hours, read in their own zone, say
/// which stretches are promised. Nothing here reads the clock.
public struct CoverageEngine {
  public let resolved: ResolvedConfiguration
  public let window: DateWindow
  let database: TimeZoneDatabase
  /// Weeks looked at on each side of the window, to tell a gap that only
  /// exists around clock changes from one that is there every week.
  static let marginWeeks = 5

  /// The window's dates, widened by the margin.
  let analysisDates: DateWindow
  /// The window, and the widened stretch, in real time.
  let span: Span
  let analysisSpan: Span
  let workspaceZone: ZoneTimeline
  private var timelines: [String: ZoneTimeline] = [:]
  private var agentSpans: [String: [Span]] = [:]

  /// The window is read in `timezone`, by default the workspace's; nil when there is no such zone.
  public init?(
    _ resolved: ResolvedConfiguration, window: DateWindow, timezone: String? = nil,
    database: TimeZoneDatabase = .builtIn
  ) {
    guard let name = timezone ?? resolved.workspace?.timezone.value, let rules = database.rules(for: name) else {
      return nil
    }
    self.resolved = resolved
    self.window = window
    self.database = database
    let margin = Self.marginWeeks * 7
    analysisDates = DateWindow(from: window.from.advanced(by: -margin), until: window.until.advanced(by: margin))
    // Local dates start within a day of their UTC midnight.
    let roughStart = Int64(analysisDates.from.day - 2) * 86_400
    let roughEnd = Int64(analysisDates.until.day + 2) * 86_400
    let zone = ZoneTimeline(rules, from: roughStart, to: roughEnd)
    workspaceZone = zone
    func start(of date: CivilDate) -> Int64 { zone.firstInstant(atOrAfterLocal: Int64(date.day) * 86_400) }
    span = Span(start(of: window.from), start(of: window.until))
    analysisSpan = Span(start(of: analysisDates.from), start(of: analysisDates.until))
  }

  /// The report for the enabled groups (those of `groups` when given), sorted by id.
  public mutating func report(groups wanted: Set<String>? = nil, source: CoverageReport.WindowSource)
    -> CoverageReport
  {
    let groups = resolved.enabledGroups.filter { wanted?.contains($0.id.value) ?? true }
    return CoverageReport(
      window: window, windowSource: source, timezone: database.canonical(workspaceZone.name),
      tzVersion: database.version, span: span, groups: groups.map { coverage(of: $0) },
      workspaceZone: workspaceZone)
  }

  // MARK: - Zones and spans

  /// The zone's offsets over the widened window.
  mutating func timeline(_ name: String) -> ZoneTimeline {
    if let timeline = timelines[name] { return timeline }
    let rules = database.rules(for: name) ?? database.rules(for: "Etc/UTC")!
    let timeline = ZoneTimeline(rules, from: analysisSpan.start - 2 * 86_400, to: analysisSpan.end + 2 * 86_400)
    timelines[name] = timeline
    return timeline
  }

  /// The instants a weekly schedule covers over the widened window.
  mutating func instants(of hours: WeeklyHours, in zone: String) -> [Span] {
    let timeline = timeline(zone)
    let spans = hours.instants(
      from: analysisDates.from.advanced(by: -1), until: analysisDates.until.advanced(by: 1), in: timeline)
    return Span.clipped(spans, to: analysisSpan)
  }

  /// When an agent is online for live chat, over the widened window.
  mutating func onlineSpans(of agent: Agent) -> [Span] {
    if let spans = agentSpans[agent.id.value] { return spans }
    guard let liveChat = agent.liveChat else { return [] }
    let spans = instants(of: liveChat.hours, in: liveChat.timezone.value)
    agentSpans[agent.id.value] = spans
    return spans
  }

  // MARK: - One group

  mutating func coverage(of group: Group) -> GroupCoverage {
    let ids = Set(group.agents.map(\.value))
    let members = resolved.agents.filter { ids.contains($0.id.value) && $0.liveChat != nil }
    let online = members.map { onlineSpans(of: $0) }
    let steps = Self.sweep(online, from: analysisSpan.start)
    let service = group.serviceHours
    let serviceZone = service.map { $0.timezone?.value ?? workspaceZone.name }
    let minAgents = service?.requiredAgents ?? 1
    let promised = service.map { instants(of: $0.hours, in: serviceZone!) } ?? []
    let allGaps = Self.gaps(promised: promised, steps: steps, minAgents: minAgents, members: members, online: online)

    let relevantZones = Set(members.map { $0.liveChat!.timezone.value } + (serviceZone.map { [$0] } ?? []))
    var gaps: [Gap] = []
    for gap in allGaps {
      let start = max(gap.span.start, span.start)
      let end = min(gap.span.end, span.end)
      guard start < end else { continue }
      var clipped = gap
      clipped.span = Span(start, end)
      if let serviceZone {
        clipped.clockChanges = clockChanges(
          explaining: gap.span, gaps: allGaps, serviceZone: serviceZone, zones: relevantZones)
      }
      gaps.append(clipped)
    }
    let promisedInWindow = Span.clipped(promised, to: span)
    let promisedSeconds = promisedInWindow.reduce(0) { $0 + $1.seconds }
    let gapSeconds = gaps.reduce(0) { $0 + $1.span.seconds }
    let staffedSeconds = Self.seconds(of: steps, in: span) { $0 >= 1 }
    return GroupCoverage(
      id: group.id.value, name: group.name.text(for: resolved.defaultLocale) ?? group.id.value,
      serviceHours: service, serviceZone: serviceZone.map(database.canonical), minAgents: minAgents,
      members: members.map(\.id.value), promisedSeconds: promisedSeconds, coveredSeconds: promisedSeconds - gapSeconds,
      staffedSeconds: staffedSeconds, gaps: gaps,
      week: week(steps: steps, promised: promisedInWindow, minAgents: service == nil ? 0 : minAgents))
  }

  /// A step of the count of agents online: `count` from `start` until the next step.
  struct Step {
    var start: Int64
    var count: Int
  }

  /// The count of agents online over time, from `origin` on, as steps.
  static func sweep(_ online: [[Span]], from origin: Int64) -> [Step] {
    var events: [(time: Int64, delta: Int)] = []
    events.reserveCapacity(online.reduce(0) { $0 + 2 * $1.count })
    for spans in online {
      for span in spans {
        events.append((span.start, 1))
        events.append((span.end, -1))
      }
    }
    events.sort { $0.time < $1.time }
    var steps = [Step(start: origin, count: 0)]
    var count = 0
    var index = 0
    while index < events.count {
      let time = events[index].time
      while index < events.count, events[index].time == time {
        count += events[index].delta
        index += 1
      }
      if steps[steps.count - 1].start == time {
        steps[steps.count - 1].count = count
      } else if steps[steps.count - 1].count != count {
        steps.append(Step(start: time, count: count))
      }
    }
    return steps
  }

  /// Seconds of `span` where the count satisfies `test`.
  static func seconds(of steps: [Step], in span: Span, where test: (Int) -> Bool) -> Int64 {
    var total: Int64 = 0
    for (index, step) in steps.enumerated() where test(step.count) {
      let end = index + 1 < steps.count ? steps[index + 1].start : Int64.max
      let start = max(step.start, span.start)
      let stop = min(end, span.end)
      if start < stop { total += stop - start }
    }
    return total
  }

  /// The stretches of promised time with fewer than `minAgents` online,
  /// split where the set of agents online changes.
  static func gaps(promised: [Span], steps: [Step], minAgents: Int, members: [Agent], online: [[Span]]) -> [Gap] {
    var stretches: [Span] = []
    var index = 0
    for promise in promised {
      while index + 1 < steps.count, steps[index + 1].start <= promise.start { index += 1 }
      var cursor = index
      while cursor < steps.count, steps[cursor].start < promise.end {
        let end = min(cursor + 1 < steps.count ? steps[cursor + 1].start : Int64.max, promise.end)
        let start = max(steps[cursor].start, promise.start)
        if steps[cursor].count < minAgents, start < end {
          if let last = stretches.last, last.end == start {
            stretches[stretches.count - 1].end = end
          } else {
            stretches.append(Span(start, end))
          }
        }
        cursor += 1
      }
    }
    guard minAgents > 1 else { return stretches.map { Gap(span: $0, agents: [], clockChanges: []) } }
    var gaps: [Gap] = []
    for stretch in stretches {
      // Every moment inside the stretch where some member comes or goes.
      var cuts: Set<Int64> = [stretch.start, stretch.end]
      for spans in online {
        for span in overlapping(spans, stretch) {
          if span.start > stretch.start { cuts.insert(span.start) }
          if span.end < stretch.end { cuts.insert(span.end) }
        }
      }
      let points = cuts.sorted()
      for (start, end) in zip(points, points.dropFirst()) {
        let agents = members.indices.filter { contains(online[$0], start) }.map { members[$0].id.value }
        if let last = gaps.last, last.span.end == start, last.agents == agents {
          gaps[gaps.count - 1].span.end = end
        } else {
          gaps.append(Gap(span: Span(start, end), agents: agents, clockChanges: []))
        }
      }
    }
    return gaps
  }

  /// The spans of a sorted, disjoint list that overlap `stretch`.
  static func overlapping(_ spans: [Span], _ stretch: Span) -> ArraySlice<Span> {
    var low = 0
    var high = spans.count
    while low < high {
      let middle = (low + high) / 2
      if spans[middle].end <= stretch.start { low = middle + 1 } else { high = middle }
    }
    var end = low
    while end < spans.count, spans[end].start < stretch.end { end += 1 }
    return spans[low..<end]
  }

  static func contains(_ spans: [Span], _ instant: Int64) -> Bool {
    overlapping(spans, Span(instant, instant + 1)).isEmpty == false
  }

  // MARK: - Causes

  /// The clock changes that explain a gap: the same local hours of the
  /// service zone are free of gaps some weeks before and some weeks after,
  /// and between those weeks some member's or the service zone's clocks changed.
  mutating func clockChanges(explaining gap: Span, gaps: [Gap], serviceZone: String, zones: Set<String>)
    -> [ZoneChange]
  {
    let service = timeline(serviceZone)
    let localStart = service.local(gap.start)
    let localEnd = service.local(gap.end - 1) + 1
    let week: Int64 = 7 * 86_400
    func shifted(_ weeks: Int) -> Span {
      Span(
        service.firstInstant(atOrAfterLocal: localStart + Int64(weeks) * week),
        service.firstInstant(atOrAfterLocal: localEnd + Int64(weeks) * week))
    }
    func isFree(_ candidate: Span) -> Bool {
      candidate.start >= analysisSpan.start && candidate.end <= analysisSpan.end
        && Self.overlapping(gaps.map(\.span), candidate).isEmpty
    }
    guard let before = (1...Self.marginWeeks).lazy.map({ shifted(-$0) }).first(where: isFree),
      let after = (1...Self.marginWeeks).lazy.map({ shifted($0) }).first(where: isFree)
    else { return [] }
    var changes: [ZoneChange] = []
    for zone in zones.sorted() {
      for change in timeline(zone).changes where change.at >= before.end && change.at < after.start {
        changes.append(ZoneChange(zone: database.canonical(zone), change: change))
      }
    }
    return changes.sorted { ($0.change.at, $0.zone) < ($1.change.at, $1.zone) }
  }

  // MARK: - The week grid

  /// The week in the workspace zone, 30-minute cells, over the window.
  func week(steps: [Step], promised: [Span], minAgents: Int) -> [WeekCell] {
    var cells = (0..<336).map { index in
      WeekCell(
        day: Weekday(rawValue: index / 48)!, start: index % 48 * 30, seconds: 0, promisedSeconds: 0,
        minAgents: Int.max, meanAgents: 0, minPromisedAgents: nil, status: .closed)
    }
    var weighted = [Double](repeating: 0, count: 336)
    var stepIndex = 0
    var promiseIndex = 0
    var time = span.start
    let half: Int64 = 1800
    while time < span.end {
      while stepIndex + 1 < steps.count, steps[stepIndex + 1].start <= time { stepIndex += 1 }
      while promiseIndex < promised.count, promised[promiseIndex].end <= time { promiseIndex += 1 }
      let local = workspaceZone.local(time)
      let dayNumber = Int(floorDivide(local, 86_400))
      let secondOfDay = local - Int64(dayNumber) * 86_400
      let cell = CivilDate(day: dayNumber).weekday.rawValue * 48 + Int(secondOfDay / half)
      var next = min(span.end, time + (half - secondOfDay % half))
      if stepIndex + 1 < steps.count { next = min(next, steps[stepIndex + 1].start) }
      var isPromised = false
      if promiseIndex < promised.count {
        let promise = promised[promiseIndex]
        if promise.start <= time {
          isPromised = true
          next = min(next, promise.end)
        } else {
          next = min(next, promise.start)
        }
      }
      // A clock change of the workspace zone starts a new reading.
      let offset = workspaceZone.offset(at: time)
      if let change = workspaceZone.changes.first(where: { $0.at > time && $0.at < next }),
        Int64(change.before) == offset
      {
        next = change.at
      }
      let count = steps[stepIndex].count
      let length = next - time
      cells[cell].seconds += length
      cells[cell].minAgents = min(cells[cell].minAgents, count)
      weighted[cell] += Double(count) * Double(length)
      if isPromised {
        cells[cell].promisedSeconds += length
        cells[cell].minPromisedAgents = min(cells[cell].minPromisedAgents ?? Int.max, count)
      }
      time = next
    }
    for index in cells.indices {
      if cells[index].minAgents == Int.max { cells[index].minAgents = 0 }
      if cells[index].seconds > 0 { cells[index].meanAgents = weighted[index] / Double(cells[index].seconds) }
      if let least = cells[index].minPromisedAgents {
        cells[index].status = least == 0 ? .nobody : least < minAgents ? .under : .staffed
      }
    }
    return cells
  }
}
