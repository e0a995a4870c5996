import Dispatch

/// Computes coverage (SPEC 8): each member's live-chat hours become exact
/// real-time spans in the member's zone, one sweep over all members counts
/// the agents online, and the service hours, read in their own zone, say
/// which stretches are promised. Groups are computed on every core, each
/// from what it reads only. Nothing here reads the clock.
public struct CoverageEngine: Sendable {
  public let resolved: ResolvedConfiguration
  public let window: DateWindow
  let database: TimeZoneDatabase
  /// Weeks looked at on each side of the window, to tell a gap that only
  /// exists around clock changes from one that is there every week.
  static let marginWeeks = 5
  /// The weeks looked at on each side here: `marginWeeks`, or none when no
  /// zone of the configuration changes its clocks near that end of the window.
  let margin: (before: Int, after: Int)

  /// The window's dates, widened by the margin.
  let analysisDates: DateWindow
  /// The window, and the widened stretch, in real time.
  let span: Span
  let analysisSpan: Span
  let workspaceZone: ZoneTimeline
  /// The position in `resolved.agents` of each agent id.
  private let agentPositions: [String: Int]
  /// Every zone of the configuration over the widened window, worked out once.
  private let timelines: [String: ZoneTimeline]
  /// The dated entries of SPEC 9, as each schedule reads them.
  let dated: DatedDays
  /// Agents whose live chat has the same zone, week and dated days share
  /// one list of spans, and count together in a group's sweep.
  struct Pattern: Hashable {
    var zone: String
    var week: [DayInterval]
    /// The local dates that dated entries change, sorted.
    var days: [DayOverride] = []
  }
  /// The dated days of agents without time off or extra hours, by their calendars and week.
  private var calendarDays: [[String]: [[DayInterval]: [DayOverride]]] = [:]
  private var patterns: [Pattern: Int] = [:]
  private(set) var patternKeys: [Pattern] = []
  /// The spans of the patterns that several groups share, worked out once;
  /// a group computes the others for itself and lets them go.
  private var patternSpans: [[Span]?] = []
  private var agentPatterns: [String: Int] = [:]

  /// The window is read in `timezone`, by default the workspace's; nil when there is no such zone.
  public init?(
    _ resolved: ResolvedConfiguration, window: DateWindow, timezone: String? = nil,
    database: TimeZoneDatabase = .builtIn
  ) {
    guard let name = timezone ?? resolved.workspace?.timezone.value, let rules = database.rules(for: name) else {
      return nil
    }
    self.resolved = resolved
    agentPositions = Dictionary(
      resolved.agents.enumerated().map { ($1.id.value, $0) }, uniquingKeysWith: { first, _ in first })
    self.window = window
    self.database = database
    // Causes need the weeks around a clock change: only where a zone in use changes near an end.
    var zones = Set([name])
    for agent in resolved.agents { if let liveChat = agent.liveChat { zones.insert(liveChat.timezone.value) } }
    for group in resolved.groups {
      if let service = group.serviceHours { zones.insert(service.timezone?.value ?? name) }
    }
    func changesNear(_ date: CivilDate) -> Bool {
      let reach = Int64(2 * Self.marginWeeks * 7 + 2) * 86_400
      let instant = Int64(date.day) * 86_400
      return zones.contains {
        database.rules(for: $0)?.changes(from: instant - reach, to: instant + reach).isEmpty == false
      }
    }
    margin = (changesNear(window.from) ? Self.marginWeeks : 0, changesNear(window.until) ? Self.marginWeeks : 0)
    analysisDates = DateWindow(
      from: window.from.advanced(by: -7 * margin.before), until: window.until.advanced(by: 7 * margin.after))
    // Local dates start within a day of their UTC midnight.
    let roughStart = Int64(analysisDates.from.day - 2) * 86_400
    let roughEnd = Int64(analysisDates.until.day + 2) * 86_400
    let zone = ZoneTimeline(rules, from: roughStart, to: roughEnd)
    workspaceZone = zone
    let analysisSpan = Self.span(of: analysisDates, in: zone)
    span = Self.span(of: window, in: zone)
    self.analysisSpan = analysisSpan
    var timelines: [String: ZoneTimeline] = [:]
    for name in zones {
      guard let rules = database.rules(for: name) else { continue }
      timelines[name] = ZoneTimeline(rules, from: analysisSpan.start - 2 * 86_400, to: analysisSpan.end + 2 * 86_400)
    }
    self.timelines = timelines
    dated = DatedDays(
      calendars: resolved.calendars, closures: resolved.closures, workspace: resolved.workspace, database: database,
      within: DateWindow(from: analysisDates.from.advanced(by: -2), until: analysisDates.until.advanced(by: 2)))
  }

  /// A window in real time: from the first instant the zone's clock reads
  /// `from` 00:00 or later, to the first instant it reads `until` 00:00 or later.
  static func span(of window: DateWindow, in zone: ZoneTimeline) -> Span {
    Span(
      zone.firstInstant(atOrAfterLocal: Int64(window.from.day) * 86_400),
      zone.firstInstant(atOrAfterLocal: Int64(window.until.day) * 86_400))
  }

  /// The same from the zone's rules.
  static func span(of window: DateWindow, in rules: ZoneRules) -> Span {
    span(
      of: window,
      in: ZoneTimeline(rules, from: Int64(window.from.day - 2) * 86_400, to: Int64(window.until.day + 2) * 86_400))
  }

  /// The report for the enabled groups (those of `groups` when given), sorted by id.
  public mutating func report(groups wanted: Set<String>? = nil, source: CoverageReport.WindowSource)
    -> CoverageReport
  {
    let groups = resolved.enabledGroups.filter { wanted?.contains($0.id.value) ?? true }
    return CoverageReport(
      window: window, windowSource: source, timezone: database.canonical(workspaceZone.name),
      tzVersion: database.version, span: span, groups: coverage(of: groups), workspaceZone: workspaceZone)
  }

  /// The coverage of each group, in order: the patterns that several groups
  /// share first, then the groups, each on every core.
  mutating func coverage(of groups: [Group]) -> [GroupCoverage] {
    let memberships = groups.map { memberPatterns($0) }
    var uses = [Int](repeating: 0, count: patternKeys.count)
    for membership in memberships {
      for index in Set(membership.patterns) { uses[index] += 1 }
    }
    let shared = uses.indices.filter { uses[$0] > 1 && patternSpans[$0] == nil }
    let sharedSpans = ResultSlots<[Span]>(count: shared.count)
    let engine = self
    DispatchQueue.concurrentPerform(iterations: shared.count) { index in
      sharedSpans.store(engine.spans(ofPattern: shared[index]), at: index)
    }
    for (index, spans) in zip(shared, sharedSpans.values) { patternSpans[index] = spans }
    let results = ResultSlots<GroupCoverage>(count: groups.count)
    let frozen = self
    DispatchQueue.concurrentPerform(iterations: groups.count) { index in
      results.store(frozen.coverage(of: groups[index], members: memberships[index]), at: index)
    }
    return results.values
  }

  // MARK: - Zones and spans

  /// The zone's offsets over the widened window.
  func timeline(_ name: String) -> ZoneTimeline {
    if let timeline = timelines[name] { return timeline }
    let rules = database.rules(for: name) ?? database.rules(for: "Etc/UTC")!
    return ZoneTimeline(rules, from: analysisSpan.start - 2 * 86_400, to: analysisSpan.end + 2 * 86_400)
  }

  /// The instants a weekly schedule covers over the widened window, with
  /// `days` changed by dated entries, and the closures taken out unless `closures` is false.
  func instants(of week: [DayInterval], days: [DayOverride] = [], in zone: String, closures: Bool = true) -> [Span] {
    let timeline = timeline(zone)
    let spans = WeeklyHours.instants(
      of: week, days: days, from: analysisDates.from.advanced(by: -1), until: analysisDates.until.advanced(by: 2),
      in: timeline)
    let clipped = Span.clipped(spans, to: analysisSpan)
    return closures ? Span.subtracting(dated.closedSpans, from: clipped) : clipped
  }

  /// The real instants of a local date in a zone: from its first 00:00 to the next date's.
  func span(of date: CivilDate, in zone: String) -> Span {
    let timeline = timeline(zone)
    return Span(
      timeline.firstInstant(atOrAfterLocal: Int64(date.day) * 86_400),
      timeline.firstInstant(atOrAfterLocal: Int64(date.day + 1) * 86_400))
  }

  /// The instants of some blocks of one local date.
  func instants(of blocks: [DayBlock], on date: CivilDate, in zone: String) -> [Span] {
    let timeline = timeline(zone)
    var spans: [Span] = []
    let midnight = Int64(date.day) * 86_400
    for block in blocks {
      timeline.instants(
        localStart: midnight + Int64(block.start) * 60, localEnd: midnight + Int64(block.end) * 60, into: &spans)
    }
    return Span.merged(spans)
  }

  /// The index of an agent's live-chat pattern: its zone and week.
  mutating func pattern(of agent: Agent) -> Int {
    if let index = agentPatterns[agent.id.value] { return index }
    guard let liveChat = agent.liveChat else { preconditionFailure("only agents with live chat are online") }
    let week = liveChat.hours.normalized
    let entries = agent.dates
    let days: [DayOverride]
    if entries.timeOff.isEmpty && entries.extraHours.isEmpty {
      let calendars = entries.calendars.map(\.value)
      if let known = calendarDays[calendars]?[week] {
        days = known
      } else {
        days = dated.liveChatDays(of: agent, week: week)
        calendarDays[calendars, default: [:]][week] = days
      }
    } else {
      days = dated.liveChatDays(of: agent, week: week)
    }
    let key = Pattern(zone: liveChat.timezone.value, week: week, days: days)
    let index: Int
    if let known = patterns[key] {
      index = known
    } else {
      index = patternKeys.count
      patterns[key] = index
      patternKeys.append(key)
      patternSpans.append(nil)
    }
    agentPatterns[agent.id.value] = index
    return index
  }

  /// When the agents of a pattern are online, over the widened window.
  func spans(ofPattern index: Int) -> [Span] {
    let key = patternKeys[index]
    return patternSpans[index] ?? instants(of: key.week, days: key.days, in: key.zone)
  }

  /// When an agent is online for live chat over the widened window, dated
  /// entries and closures applied; none without live chat or for an unknown id.
  mutating func onlineSpans(ofAgent id: String) -> [Span] {
    guard let position = agentPositions[id], resolved.agents[position].liveChat != nil else { return [] }
    return spans(ofPattern: pattern(of: resolved.agents[position]))
  }

  /// An agent's live-chat zone; nil without live chat or for an unknown id.
  func liveChatZone(ofAgent id: String) -> String? {
    agentPositions[id].flatMap { resolved.agents[$0].liveChat?.timezone.value }
  }

  /// The calendars an agent observes: the workspace's and its own.
  func calendars(ofAgent id: String) -> [String] {
    dated.observed(agentPositions[id].map { resolved.agents[$0].dates.calendars.map(\.value) } ?? [])
  }

  /// The patterns of a group's members with live chat, each once, and how many members each stands for.
  mutating func memberPatterns(_ group: Group) -> (members: [Agent], patterns: [Int]) {
    // Each member once, in the order of the agents (by id).
    let positions = Set(group.agents.compactMap { agentPositions[$0.value] }).sorted()
    let members = positions.map { resolved.agents[$0] }.filter { $0.liveChat != nil }
    return (members, members.map { pattern(of: $0) })
  }

  // MARK: - One group

  func coverage(of group: Group, members membership: (members: [Agent], patterns: [Int])) -> GroupCoverage {
    let (members, memberPatterns) = membership
    var weights: [Int: Int] = [:]
    for index in memberPatterns { weights[index, default: 0] += 1 }
    let distinct = weights.keys.sorted()
    let online = distinct.map { spans(ofPattern: $0) }
    let service = group.serviceHours
    let serviceZone = service.map { $0.timezone?.value ?? workspaceZone.name }
    let serviceWeek = service?.hours.normalized ?? []
    let serviceDays = service.map { dated.serviceDays(of: $0, week: serviceWeek) } ?? []
    // Between two clock changes of the zones involved, everything repeats
    // every week; so it does between two dates that dated entries change.
    let relevantZones = Set(members.map { $0.liveChat!.timezone.value } + (serviceZone.map { [$0] } ?? []))
    let changeTimes = relevantZones.flatMap { timeline($0).changes.map(\.at) }.sorted()
    var cuts = changeTimes + workspaceZone.changes.map(\.at)
    for index in distinct {
      for day in patternKeys[index].days { cuts += dateCuts(day.date, in: patternKeys[index].zone) }
    }
    if let serviceZone { for day in serviceDays { cuts += dateCuts(day.date, in: serviceZone) } }
    for closed in dated.closedSpans { cuts += [closed.start, closed.end] }
    let epochs = Set(cuts).sorted()
    let steps = periodicSteps(distinct.indices.map { (online[$0], weights[distinct[$0]]!) }, changes: epochs)
    let minAgents = service?.requiredAgents ?? 1
    let promised = serviceZone.map { instants(of: serviceWeek, days: serviceDays, in: $0) } ?? []
    let lists = distinct.indices.map { position in
      (
        online[position],
        members.indices.filter { memberPatterns[$0] == distinct[position] }.map { members[$0].id.value }
      )
    }
    let allGaps = periodicGaps(promised: promised, steps: steps, minAgents: minAgents, online: lists, changes: epochs)

    let gapSpans = allGaps.map(\.span)
    let causes = DatedCauses(
      engine: self, members: members, patterns: memberPatterns, service: service, serviceZone: serviceZone,
      serviceWeek: serviceWeek, serviceDays: serviceDays)
    // The gaps there would be without dated entries, worked out only when some dated entry explains a gap.
    var weeklyGaps: [Span]?
    var gaps: [Gap] = []
    for gap in allGaps {
      let start = max(gap.span.start, span.start)
      let end = min(gap.span.end, span.end)
      guard start < end else { continue }
      var clipped = gap
      clipped.span = Span(start, end)
      let dated = causes.explaining(clipped)
      // A dated entry explains only the part of a gap that the week alone would cover.
      var pieces = [(span: clipped.span, isWeekly: dated.isEmpty)]
      if !dated.isEmpty {
        if weeklyGaps == nil {
          weeklyGaps = self.weeklyGaps(
            distinct.map { (patternKeys[$0], weights[$0]!) }, service: serviceZone.map { (serviceWeek, $0) },
            minAgents: minAgents, changes: Set(changeTimes + workspaceZone.changes.map(\.at)).sorted())
        }
        pieces = Self.split(clipped.span, by: weeklyGaps!)
      }
      for piece in pieces {
        var part = clipped
        part.span = piece.span
        part.datedCauses = piece.isWeekly ? [] : pieces.count == 1 ? dated : causes.explaining(part)
        if let serviceZone, part.datedCauses.isEmpty {
          part.clockChanges = clockChanges(
            explaining: pieces.count == 1 ? gap.span : piece.span, gaps: gapSpans, promised: promised,
            serviceZone: serviceZone, zones: relevantZones, changes: changeTimes)
        }
        gaps.append(part)
      }
    }
    let promisedInWindow = Span.clipped(promised, to: span)
    let promisedSeconds = promisedInWindow.reduce(0) { $0 + $1.seconds }
    let gapSeconds = gaps.reduce(0) { $0 + $1.span.seconds }
    let (week, staffedSeconds) = week(
      steps: steps, promised: promised, minAgents: service == nil ? 0 : minAgents, changes: epochs)
    return GroupCoverage(
      id: group.id.value, name: group.name.text(for: resolved.defaultLocale) ?? group.id.value,
      serviceHours: service, serviceZone: serviceZone.map(database.canonical), minAgents: minAgents,
      members: members.map(\.id.value), promisedSeconds: promisedSeconds, coveredSeconds: promisedSeconds - gapSeconds,
      staffedSeconds: staffedSeconds, gaps: gaps, closed: causes.closed(), week: week)
  }

  /// The stretches of promised time with too few agents online by the
  /// weekly hours alone, merged; like the others, worked out over the first
  /// weeks between two clock changes (`changes`).
  func weeklyGaps(
    _ patterns: [(Pattern, Int)], service: (week: [DayInterval], zone: String)?, minAgents: Int, changes: [Int64]
  ) -> [Span] {
    guard let service else { return [] }
    let lists = patterns.map { (instants(of: $0.0.week, in: $0.0.zone, closures: false), $0.1) }
    let steps = periodicSteps(lists, changes: changes)
    let promised = instants(of: service.week, in: service.zone, closures: false)
    let gaps = periodicGaps(promised: promised, steps: steps, minAgents: minAgents, online: [], changes: changes)
    return Span.merged(gaps.map(\.span))
  }

  /// A span cut where it enters and leaves sorted, disjoint `stretches`, each piece marked inside or not.
  static func split(_ span: Span, by stretches: [Span]) -> [(span: Span, isWeekly: Bool)] {
    var pieces: [(span: Span, isWeekly: Bool)] = []
    var cursor = span.start
    for stretch in overlapping(stretches, span) {
      let start = max(stretch.start, span.start)
      let end = min(stretch.end, span.end)
      if start > cursor { pieces.append((Span(cursor, start), false)) }
      pieces.append((Span(start, end), true))
      cursor = end
    }
    if cursor < span.end { pieces.append((Span(cursor, span.end), false)) }
    return pieces
  }

  /// Where a local date starts and ends in real time: the cuts around a dated day.
  func dateCuts(_ date: CivilDate, in zone: String) -> [Int64] {
    let date = span(of: date, in: zone)
    return [date.start, date.end]
  }

  /// A step of the count of agents online: `count` from `start` until the next step.
  struct Step {
    var start: Int64
    var count: Int
  }

  static let week: Int64 = 7 * 86_400

  /// The count of agents online, as steps, over the first two weeks of
  /// each stretch of the widened window between two clock changes of the
  /// zones involved (`changes`). Within such a stretch every list of spans
  /// repeats every week, and so does the count: every later instant reads
  /// as one of the first weeks (see `week`), and nothing is copied.
  func periodicSteps(_ lists: [(spans: [Span], weight: Int)], changes: [Int64]) -> [Step] {
    var steps: [Step] = []
    for epoch in epochs(changes, within: analysisSpan) {
      let base = Span(epoch.start, min(epoch.end, epoch.start + 2 * Self.week))
      let clipped = lists.map { (Span.clipped(Self.overlapping($0.spans, base), to: base), $0.weight) }
      for step in Self.sweep(clipped, from: base.start) where step.start < base.end {
        if steps.last?.count != step.count { steps.append(step) }
      }
    }
    return steps.isEmpty ? [Step(start: analysisSpan.start, count: 0)] : steps
  }

  /// The stretches of `bounds` between the changes inside it.
  func epochs(_ changes: [Int64], within bounds: Span) -> [Span] {
    let cuts = [bounds.start] + changes.filter { $0 > bounds.start && $0 < bounds.end } + [bounds.end]
    return zip(cuts, cuts.dropFirst()).map { Span($0, $1) }
  }

  /// The gaps over the widened window: like the count, they repeat every
  /// week between two clock changes, so the first week of each stretch is
  /// worked out and its gaps copied; copies that meet with the same agents
  /// online are one gap.
  func periodicGaps(
    promised: [Span], steps: [Step], minAgents: Int, online: [(spans: [Span], agents: [String])],
    changes: [Int64]
  ) -> [Gap] {
    var gaps: [Gap] = []
    for epoch in epochs(changes, within: analysisSpan) {
      let (start, end) = (epoch.start, epoch.end)
      let base = Span(start, min(end, start + Self.week))
      let first = Self.gaps(
        promised: Span.clipped(Self.overlapping(promised, base), to: base), steps: steps, minAgents: minAgents,
        online: online)
      var shift: Int64 = 0
      while start + shift < end {
        for gap in first where gap.span.start + shift < end {
          let copy = Span(gap.span.start + shift, min(gap.span.end + shift, end))
          if let last = gaps.last, last.span.end == copy.start, last.agents == gap.agents {
            gaps[gaps.count - 1].span.end = copy.end
          } else {
            gaps.append(Gap(span: copy, agents: gap.agents, clockChanges: []))
          }
        }
        shift += Self.week
      }
    }
    return gaps
  }

  /// The count of agents online over time, from `origin` on, as steps:
  /// each list of spans counts `weight` agents.
  static func sweep(_ online: [(spans: [Span], weight: Int)], from origin: Int64) -> [Step] {
    // Each event packed in one integer, so that integers order them: the
    // time, then the weight, then a low bit set for a start. A list's events
    // are in order already, so the lists are merged, two by two.
    let weightBits: Int64 = 20
    var runs: [[Int64]] = []
    for (spans, weight) in online {
      var rest = weight
      while rest > 0 {
        let part = Int64(min(rest, 1 << (weightBits - 1) - 1))
        rest -= Int(part)
        var events: [Int64] = []
        events.reserveCapacity(2 * spans.count)
        for span in spans {
          events.append(span.start << weightBits | part << 1 | 1)
          events.append(span.end << weightBits | part << 1)
        }
        runs.append(events)
      }
    }
    while runs.count > 1 {
      var merged: [[Int64]] = []
      merged.reserveCapacity((runs.count + 1) / 2)
      for index in stride(from: 0, to: runs.count - 1, by: 2) { merged.append(merge(runs[index], runs[index + 1])) }
      if runs.count % 2 == 1 { merged.append(runs[runs.count - 1]) }
      runs = merged
    }
    var steps = [Step(start: origin, count: 0)]
    guard let events = runs.first else { return steps }
    var count = 0
    var index = 0
    while index < events.count {
      let time = events[index] >> weightBits
      while index < events.count, events[index] >> weightBits == time {
        let weight = Int((events[index] & ((1 << weightBits) - 1)) >> 1)
        count += events[index] & 1 == 1 ? weight : -weight
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

  /// Two sorted lists as one.
  static func merge(_ a: [Int64], _ b: [Int64]) -> [Int64] {
    var out: [Int64] = []
    out.reserveCapacity(a.count + b.count)
    var i = 0
    var j = 0
    while i < a.count, j < b.count {
      if a[i] <= b[j] {
        out.append(a[i])
        i += 1
      } else {
        out.append(b[j])
        j += 1
      }
    }
    out.append(contentsOf: a[i...])
    out.append(contentsOf: b[j...])
    return out
  }

  /// The stretches of promised time with fewer than `minAgents` online,
  /// split where the set of agents online changes. `online` holds each
  /// list of spans with the ids of the agents it stands for.
  static func gaps(promised: [Span], steps: [Step], minAgents: Int, online: [(spans: [Span], agents: [String])])
    -> [Gap]
  {
    var stretches: [Span] = []
    // The step in effect at the first promise.
    var index = promised.first.map { first in steps.lastPosition { $0.start <= first.start } } ?? 0
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
    // The stretches are in order: each member's spans are walked once.
    var cursors = [Int](repeating: 0, count: online.count)
    var ranges = [Range<Int>](repeating: 0..<0, count: online.count)
    var cuts: [Int64] = []
    var previous: [Int] = []
    var present: [Int] = []
    for stretch in stretches {
      cuts.removeAll(keepingCapacity: true)
      cuts += [stretch.start, stretch.end]
      for member in online.indices {
        let spans = online[member].spans
        var first = cursors[member]
        while first < spans.count, spans[first].end <= stretch.start { first += 1 }
        cursors[member] = first
        var last = first
        while last < spans.count, spans[last].start < stretch.end {
          if spans[last].start > stretch.start { cuts.append(spans[last].start) }
          if spans[last].end < stretch.end { cuts.append(spans[last].end) }
          last += 1
        }
        ranges[member] = first..<last
      }
      cuts.sort()
      var start = cuts[0]
      for end in cuts.dropFirst() where end != start {
        present.removeAll(keepingCapacity: true)
        for member in online.indices
        where online[member].spans[ranges[member]].contains(where: { $0.start <= start && start < $0.end }) {
          present.append(member)
        }
        if let last = gaps.last, last.span.end == start, present == previous {
          gaps[gaps.count - 1].span.end = end
        } else {
          let agents = present.flatMap { online[$0].agents }.sorted()
          gaps.append(Gap(span: Span(start, end), agents: agents, clockChanges: []))
          swap(&previous, &present)
        }
        start = end
      }
    }
    return gaps
  }

  /// The spans of a sorted, disjoint list that overlap `stretch`.
  static func overlapping(_ spans: [Span], _ stretch: Span) -> ArraySlice<Span> {
    let low = spans.partitionPoint { $0.end <= stretch.start }
    var end = low
    while end < spans.count, spans[end].start < stretch.end { end += 1 }
    return spans[low..<end]
  }

  // MARK: - Causes

  /// The clock changes that explain a gap: the same local hours of the
  /// service zone are free of gaps some weeks before and some weeks after,
  /// and between those weeks some member's or the service zone's clocks changed.
  func clockChanges(
    explaining gap: Span, gaps: [Span], promised: [Span], serviceZone: String, zones: Set<String>,
    changes times: [Int64]
  ) -> [ZoneChange] {
    // Only a change within the weeks looked at can explain the gap.
    let reach = Int64(Self.marginWeeks * 7 + 1) * 86_400
    let near = times.partitionPoint { $0 < gap.start - reach }
    guard near < times.count, times[near] < gap.end + reach else { return [] }
    let service = timeline(serviceZone)
    let localStart = service.local(gap.start)
    let localEnd = service.local(gap.end - 1) + 1
    func shifted(_ weeks: Int) -> Span {
      Span(
        service.firstInstant(atOrAfterLocal: localStart + Int64(weeks) * Self.week),
        service.firstInstant(atOrAfterLocal: localEnd + Int64(weeks) * Self.week))
    }
    // A week where the stretch is promised and staffed. One where it is not
    // promised at all (a holiday closes it) says nothing, and is passed over.
    func isPromised(_ candidate: Span) -> Bool {
      Self.overlapping(promised, candidate).reduce(0) {
        $0 + max(0, min($1.end, candidate.end) - max($1.start, candidate.start))
      } == candidate.seconds
    }
    func isFree(_ candidate: Span) -> Bool {
      candidate.start >= analysisSpan.start && candidate.end <= analysisSpan.end && isPromised(candidate)
        && Self.overlapping(gaps, candidate).isEmpty
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
    // Two names of one zone (`US/Eastern`, `America/New_York`) change once.
    return Set(changes).sorted { ($0.change.at, $0.zone) < ($1.change.at, $1.zone) }
  }

  // MARK: - The week grid

  /// What one cell of the week grid adds up over the window.
  struct CellTotals {
    var seconds: Int64 = 0
    var promisedSeconds: Int64 = 0
    var agentSeconds: Int64 = 0
    var fewest = Int.max
    var fewestPromised = Int.max
  }

  /// The week in the workspace zone, 30-minute cells, over the window, and
  /// the window's seconds with someone online.
  /// Between two of `changes` (clock changes of the zones involved) the
  /// weeks are alike: one is walked, and the whole weeks counted by it.
  func week(steps: [Step], promised: [Span], minAgents: Int, changes epochs: [Int64]) -> (
    cells: [WeekCell], staffed: Int64
  ) {
    var totals = [CellTotals](repeating: CellTotals(), count: 336)
    let stretches = self.epochs(epochs, within: analysisSpan)
    var staffed: Int64 = 0
    for piece in self.epochs(epochs, within: span) {
      // The stretch between clock changes that holds the piece: its first weeks stand for the others.
      guard let epoch = stretches.last(where: { $0.start <= piece.start }) else { continue }
      let weeks = (piece.end - piece.start) / Self.week
      if weeks >= 1 {
        var one = [CellTotals](repeating: CellTotals(), count: 336)
        staffed +=
          walk(Span(epoch.start, epoch.start + Self.week), steps: steps, promised: promised, into: &one) * weeks
        for index in 0..<336 {
          totals[index].seconds += one[index].seconds * weeks
          totals[index].promisedSeconds += one[index].promisedSeconds * weeks
          totals[index].agentSeconds += one[index].agentSeconds * weeks
          totals[index].fewest = min(totals[index].fewest, one[index].fewest)
          totals[index].fewestPromised = min(totals[index].fewestPromised, one[index].fewestPromised)
        }
      }
      // The rest, less than a week, read as the same instants of the epoch's first weeks.
      let rest = piece.start + weeks * Self.week
      let shift = (rest - epoch.start) / Self.week * Self.week
      staffed += walk(Span(rest - shift, piece.end - shift), steps: steps, promised: promised, into: &totals)
    }
    let cells = totals.indices.map { index in
      let total = totals[index]
      let least = total.fewestPromised == Int.max ? nil : total.fewestPromised
      let status: WeekCell.Status =
        least.map { $0 == 0 ? .nobody : $0 < minAgents ? .under : .staffed } ?? .closed
      return WeekCell(
        day: Weekday(rawValue: index / 48)!, start: index % 48 * 30, seconds: total.seconds,
        promisedSeconds: total.promisedSeconds, minAgents: total.fewest == Int.max ? 0 : total.fewest,
        meanAgents: total.seconds > 0 ? Double(total.agentSeconds) / Double(total.seconds) : 0,
        minPromisedAgents: least, status: status)
    }
    return (cells, staffed)
  }

  /// Walks a stretch of the window into `totals`; gives the seconds with someone online.
  func walk(_ stretch: Span, steps: [Step], promised: [Span], into totals: inout [CellTotals]) -> Int64 {
    guard stretch.start < stretch.end else { return 0 }
    let changes = workspaceZone.changes
    let offset = workspaceZone.offset(at: stretch.start)
    // Start from the step and promise in effect at the stretch's start.
    let firstStep = steps.lastPosition { $0.start <= stretch.start }
    let firstPromise = Self.overlapping(promised, stretch).startIndex
    return totals.withUnsafeMutableBufferPointer { totals in
      steps[firstStep...].withUnsafeBufferPointer { steps in
        promised[firstPromise...].withUnsafeBufferPointer { promised in
          changes.withUnsafeBufferPointer { changes in
            Self.walk(stretch, steps: steps, promised: promised, changes: changes, offset: offset, into: totals)
          }
        }
      }
    }
  }

  /// Walks `span` once, cut wherever the count, the promise, the workspace
  /// clock's offset or the half hour changes, adding each piece to its cell.
  /// Gives the seconds with someone online.
  private static func walk(
    _ span: Span, steps: UnsafeBufferPointer<Step>, promised: UnsafeBufferPointer<Span>,
    changes: UnsafeBufferPointer<ClockChange>, offset initialOffset: Int64,
    into totals: UnsafeMutableBufferPointer<CellTotals>
  ) -> Int64 {
    let half: Int64 = 1800
    var staffed: Int64 = 0
    var offset = initialOffset
    var changeIndex = 0
    var stepIndex = 0
    var promiseIndex = 0
    var time = span.start
    // The cell the time is in, and the instant it ends: worked out again only there, or at a clock change.
    var cell = 0
    var cellEnd = Int64.min
    while changeIndex < changes.count, changes[changeIndex].at <= time { changeIndex += 1 }
    while time < span.end {
      while stepIndex + 1 < steps.count, steps[stepIndex + 1].start <= time { stepIndex += 1 }
      while promiseIndex < promised.count, promised[promiseIndex].end <= time { promiseIndex += 1 }
      while changeIndex < changes.count, changes[changeIndex].at <= time {
        offset = Int64(changes[changeIndex].after)
        changeIndex += 1
        cellEnd = Int64.min
      }
      if time >= cellEnd {
        let local = time + offset
        let dayNumber = floorDivide(local, 86_400)
        let secondOfDay = local - dayNumber * 86_400
        // 1970-01-01 was a Thursday: Monday is 0.
        let weekday = Int(((dayNumber + 3) % 7 + 7) % 7)
        cell = weekday * 48 + Int(secondOfDay / half)
        cellEnd = time + (half - secondOfDay % half)
      }
      var next = min(span.end, cellEnd)
      if stepIndex + 1 < steps.count { next = min(next, steps[stepIndex + 1].start) }
      if changeIndex < changes.count { next = min(next, changes[changeIndex].at) }
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
      let count = steps[stepIndex].count
      let length = next - time
      totals[cell].seconds += length
      totals[cell].agentSeconds += Int64(count) * length
      if count > 0 { staffed += length }
      if count < totals[cell].fewest { totals[cell].fewest = count }
      if isPromised {
        totals[cell].promisedSeconds += length
        if count < totals[cell].fewestPromised { totals[cell].fewestPromised = count }
      }
      time = next
    }
    return staffed
  }
}
