"""Brute-force test oracle for `roster coverage` (SPEC 8, with the dated
entries of SPEC 9).

Independent of Roster's Swift code. It takes the contract literally:

* A block "s-e" of a weekly schedule, on local date D, covers every instant
  whose wall-clock reading in the schedule's zone lies in [s, e) on D.  An
  overnight block (e < s) covers [s, 24:00) on D and [00:00, e) on D + 1
  (sunday spills onto monday).
* The window [from, until) runs, in UTC, from the first instant at which the
  workspace clock reads `from` 00:00 or later to the first instant at which it
  reads `until` 00:00 or later.
* Dated entries change the minutes of a local date D of a schedule (see
  below); the spill of D's overnight block into D + 1 belongs to D + 1.
  Closures take real instants out of every agent and every group.
* promised = window instants covered by the service hours; covered = promised
  instants with at least min_agents members online; a gap = a maximal stretch
  of promised, under-staffed instants, contiguous in UTC, with the same set
  of agents online throughout.

It walks the window minute by minute in UTC, reads each zone's wall clock at
that minute with zoneinfo and decides coverage from the local date, weekday
and minute of the day.  No block end is ever turned into an instant (only
the ends of closures, which SPEC 9 defines as instants).  This is
exact as long as every UTC offset and every clock change falls on a whole
minute, which `assert_whole_minute_clock_changes` checks (for 2000-2040).

The tz data is the PyPI `tzdata` package (2026f), never the system's.

Description format (plain Python values, close to roster.yaml):

    workspace_tz  "Europe/Paris"
    from_date     datetime.date or "YYYY-MM-DD"; until_date likewise
    agents        {agent_id: (zone, hours)}, or {agent_id: None} for an agent
                  without live_chat
    groups        {group_id: (members, service, min_agents)} or a 4-tuple
                  (members, service, min_agents, enabled); service is None
                  or (zone_or_None, hours), zone None meaning workspace_tz
    hours         the `hours:` mapping of roster.yaml: {"mon-fri":
                  ["09:00-12:00", "13:00-17:00"], "sat": "22:00-02:00", ...}

Dated entries (SPEC 9), all optional, in the shapes of roster.yaml:

    agents        {agent_id: (zone, hours, dated)}, dated being {"calendars":
                  [ids], "time_off": [...], "extra_hours": [...]}
    service       (zone_or_None, hours, dated), dated being {"calendars":
                  [ids], "overrides": [...]}
    calendars     {calendar_id: {"name": ..., "days": [...]}}
    workspace_calendars  [ids], observed by every agent and every group
    closures      [{"from": "YYYY-MM-DDTHH:MM", "until": ..., "timezone": ...}]

They are applied per local date, in the zone of the schedule they change
(`dated_day`): the weekly minutes of date D (the blocks of D's weekday and
the spill of the previous weekday's overnight blocks), replaced by a
holiday naming D; for an agent, plus extra hours naming D, minus live-chat
time off naming D; for a group, replaced by an override naming D.  A
closure is a stretch of real instants, taken out of every agent's online
time and every group's promised time.
"""

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass, field

import tzdata

# Use the tz data of the `tzdata` package only: with an empty search path
# zoneinfo falls back to that package.  Clear the cache in case something
# built a ZoneInfo from the system's files before this module was imported.
zoneinfo.reset_tzpath(to=[])
zoneinfo.ZoneInfo.clear_cache()
assert zoneinfo.TZPATH == ()

TZ_DATABASE = "2026f"
assert tzdata.IANA_VERSION == TZ_DATABASE, (
    f"the oracle needs tzdata {TZ_DATABASE}, found {tzdata.IANA_VERSION}"
    " (pip install tzdata==2026.6)"
)

UTC = dt.timezone.utc
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
MINUTES_PER_DAY = 24 * 60


def zone(name):
    return zoneinfo.ZoneInfo(name)


def as_date(value):
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


# ---------------------------------------------------------------------------
# Weekly hours


def parse_time(text, is_end):
    """'H:MM' or 'HH:MM' -> minutes since midnight; '24:00' only as an end."""
    hours, minutes = text.split(":")
    assert 1 <= len(hours) <= 2 and len(minutes) == 2, text
    h, m = int(hours), int(minutes)
    if h == 24 and m == 0 and is_end:
        return MINUTES_PER_DAY
    assert 0 <= h <= 23 and 0 <= m <= 59, f"bad time {text!r}"
    return h * 60 + m


def parse_block(text):
    """'HH:MM-HH:MM' -> (start, end) in minutes; end < start is overnight."""
    start, end = text.split("-")
    s, e = parse_time(start.strip(), False), parse_time(end.strip(), True)
    assert s != e, f"empty block {text!r}"
    return s, e


def expand_days(key):
    """'mon' -> [0]; 'mon-fri' -> [0..4]; 'fri-mon' -> [4, 5, 6, 0]; 'daily'."""
    if key == "daily":
        return list(range(7))
    if "-" in key:
        first, last = key.split("-")
        i, j = DAYS.index(first), DAYS.index(last)
        days = [i]
        while days[-1] != j:
            days.append((days[-1] + 1) % 7)
        return days
    return [DAYS.index(key)]


def expand_weekly(hours):
    """The hours mapping -> seven lists (monday first) of (start, end) blocks."""
    week = [[] for _ in range(7)]
    for key, value in hours.items():
        blocks = [value] if isinstance(value, str) else list(value)
        for day in expand_days(key):
            for text in blocks:
                week[day].append(parse_block(text))
    return week


def overlapping_minutes(week):
    """Minutes of the week (0 = monday 00:00) that two blocks share.

    An overnight block occupies [s, 24:00) on its day and [00:00, e) on the
    next one, sunday wrapping to monday.
    """
    used = [0] * (7 * MINUTES_PER_DAY)
    for day, blocks in enumerate(week):
        for s, e in blocks:
            first = day * MINUTES_PER_DAY + s
            last = day * MINUTES_PER_DAY + (e if e > s else MINUTES_PER_DAY + e)
            for minute in range(first, last):
                used[minute % len(used)] += 1
    return [m for m, n in enumerate(used) if n > 1]


def covers(week, weekday, minute):
    """Does the schedule cover wall-clock `minute` on a local date whose
    weekday is `weekday`?  Blocks of that date, plus the overnight spill of
    the blocks of the previous date."""
    for s, e in week[weekday]:
        if e > s and s <= minute < e:
            return True
        if e < s and minute >= s:
            return True
    for s, e in week[(weekday - 1) % 7]:
        if e < s and minute < e:
            return True
    return False


# ---------------------------------------------------------------------------
# Clocks


def wall_clock(t, tz):
    """Naive local wall-clock reading of POSIX instant t (whole seconds)."""
    return dt.datetime.fromtimestamp(t, tz).replace(tzinfo=None)


def offset_seconds(t, tz):
    return int(dt.datetime.fromtimestamp(t, tz).utcoffset().total_seconds())


def clock_changes(zone_name, t0, t1, step=3 * 3600):
    """[(t, offset_before, offset_after)] for t0 <= t < t1: instants at which
    the UTC offset of the zone changes.  Scans in steps of `step` seconds and
    bisects to the exact second (assumes no two changes within one step)."""
    tz = zone(zone_name)
    changes = []
    a, before = t0, offset_seconds(t0, tz)
    while a < t1:
        b = min(a + step, t1)
        after = offset_seconds(b, tz)
        if after != before:
            lo, hi = a, b  # offset(lo) == before, offset(hi) != before
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if offset_seconds(mid, tz) == before:
                    lo = mid
                else:
                    hi = mid
            changes.append((hi, before, offset_seconds(hi, tz)))
        a, before = b, after
    return changes


def utc_ts(year, month=1, day=1):
    return int(dt.datetime(year, month, day, tzinfo=UTC).timestamp())


_checked_zones = set()


def assert_whole_minute_clock_changes(zone_name, first_year=2000, last_year=2040):
    """Every offset and every clock change of the zone from first_year to
    last_year (inclusive) lies on a whole minute.  Cached per zone."""
    key = (zone_name, first_year, last_year)
    if key in _checked_zones:
        return
    tz = zone(zone_name)
    t0, t1 = utc_ts(first_year), utc_ts(last_year + 1)
    assert offset_seconds(t0, tz) % 60 == 0, zone_name
    for t, _, after in clock_changes(zone_name, t0, t1):
        assert t % 60 == 0, f"{zone_name}: clock change at {t} not on a minute"
        assert after % 60 == 0, f"{zone_name}: offset {after}s at {t}"
    _checked_zones.add(key)


def first_instant_reading(tz, local_midnight):
    """First instant (POSIX seconds, a whole minute) at which the wall clock
    of tz reads local_midnight (naive datetime) or later."""
    # Offsets lie within -15h..+15h: start 16 hours before and walk forward.
    t = int(local_midnight.replace(tzinfo=UTC).timestamp()) - 16 * 3600
    assert wall_clock(t, tz) < local_midnight
    while wall_clock(t, tz) < local_midnight:
        t += 60
    return t


def window(workspace_tz, from_date, until_date):
    """(start, end) of the coverage window in POSIX seconds."""
    from_date, until_date = as_date(from_date), as_date(until_date)
    assert from_date < until_date
    for year in {from_date.year, until_date.year}:
        assert 2000 <= year <= 2040, "the oracle is checked for 2000-2040 only"
    assert_whole_minute_clock_changes(workspace_tz)
    tz = zone(workspace_tz)
    start = first_instant_reading(tz, dt.datetime.combine(from_date, dt.time()))
    end = first_instant_reading(tz, dt.datetime.combine(until_date, dt.time()))
    return start, end


# ---------------------------------------------------------------------------
# Dated entries (SPEC 9)

FIXED_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
YEARLY_DATE = re.compile(r"^(\d{2})-(\d{2})$")
CALENDAR_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
CLOSURE_READING = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$")


def parse_day(value):
    """'YYYY-MM-DD' (or a date, as YAML may load it) -> dt.date; 'MM-DD' ->
    (month, day), a yearly date.  '02-29' is a valid yearly date."""
    if isinstance(value, dt.date):
        return value
    if FIXED_DATE.match(value):
        return dt.date.fromisoformat(value)
    match = YEARLY_DATE.match(value)
    assert match, f"bad date {value!r}"
    month, day = int(match.group(1)), int(match.group(2))
    dt.date(2000, month, day)  # a leap year: raises for 02-30, 13-01...
    return month, day


@dataclass(frozen=True)
class Dates:
    """The `date:` or `dates:` of a dated entry.  first and last are both
    dt.date (fixed) or both (month, day) (yearly); a single date has
    first == last.  A yearly range whose last comes before its first wraps
    over the new year."""
    first: object
    last: object

    def names(self, day):
        """Does the entry name local date `day`?"""
        if isinstance(self.first, dt.date):
            return self.first <= day <= self.last
        key = (day.month, day.day)  # (2, 29) only exists in leap years
        if self.first <= self.last:
            return self.first <= key <= self.last
        return key >= self.first or key <= self.last


def parse_dates(entry):
    """The dates named by an entry with `date: D` or `dates: A..B`."""
    assert ("date" in entry) != ("dates" in entry), f"date or dates: {entry}"
    if "date" in entry:
        day = parse_day(entry["date"])
        return Dates(day, day)
    first, last = (parse_day(part) for part in entry["dates"].split(".."))
    assert type(first) is type(last), f"a range mixes fixed and yearly ends: {entry}"
    if isinstance(first, dt.date):
        assert first <= last, f"reversed range {entry}"
        assert (last - first).days < 366, f"range over 366 days: {entry}"
    return Dates(first, last)


def dated_minutes(hours):
    """The `hours:` of a dated entry (one block or a list) -> bytearray of
    the 1440 minutes of the date, 1 where a block covers it.  Blocks stay
    within the date (start < end, end may be 24:00); they may touch or
    overlap, their union counts."""
    minutes = bytearray(MINUTES_PER_DAY)
    for text in [hours] if isinstance(hours, str) else hours:
        s, e = parse_block(text)
        assert s < e, f"a dated block crosses midnight: {text!r}"
        minutes[s:e] = b"\x01" * (e - s)
    return minutes


ALL_DAY = bytes([1]) * MINUTES_PER_DAY
NO_MINUTE = bytes(MINUTES_PER_DAY)


@dataclass
class Dated:
    """One parsed dated entry: its dates, and its minutes (bytes of 1440)."""
    dates: Dates
    minutes: bytes
    only: str = "both"  # time off only


def parse_dated(entry, without_hours):
    """A dated entry of roster.yaml -> Dated; `without_hours` is the minutes
    of an entry that has no `hours` (a closed holiday or override: none; a
    time off: the whole day)."""
    hours = entry.get("hours")
    minutes = without_hours if hours is None else bytes(dated_minutes(hours))
    only = entry.get("only", "both")
    assert only in ("both", "live_chat", "meetings"), entry
    return Dated(parse_dates(entry), minutes, only)


def weekday_minutes(hours):
    """Seven bytes of 1440 (monday first): the weekly minutes of a date with
    that weekday, as SPEC 4 expands them: its own blocks (an overnight one
    up to 24:00) and the spill of the previous weekday's overnight blocks."""
    week = expand_weekly(hours)
    assert not overlapping_minutes(week), f"overlapping blocks in {hours}"
    return [bytes(covers(week, wd, m) for m in range(MINUTES_PER_DAY)) for wd in range(7)]


def the_replacement(entries, day, what):
    """The minutes of the entries naming `day`, which must agree (a valid
    configuration never has two different ones); None if none names it."""
    named = {e.minutes for e in entries if e.dates.names(day)}
    assert len(named) <= 1, f"{what}: different hours on {day}"
    return named.pop() if named else None


def dated_day(weekly, day, holidays=(), overrides=(), extra_hours=(), time_off=()):
    """The minutes (bytes of 1440) of a schedule on local date `day`: its
    weekly minutes, replaced by a holiday naming the date, replaced by an
    override naming it (groups), plus the extra hours naming it, minus the
    live-chat time off naming it (agents)."""
    minutes = weekly[day.weekday()]
    for entries, what in [(holidays, "holidays"), (overrides, "overrides")]:
        replacement = the_replacement(entries, day, what)
        if replacement is not None:
            minutes = replacement
    minutes = bytearray(minutes)
    for extra in extra_hours:
        if extra.dates.names(day):
            minutes = bytearray(a | b for a, b in zip(minutes, extra.minutes))
    for off in time_off:
        if off.only in ("both", "live_chat") and off.dates.names(day):
            minutes = bytearray(a & (1 - b) for a, b in zip(minutes, off.minutes))
    return bytes(minutes)


def instants_reading(zone_name, reading):
    """Every instant (POSIX seconds) at which the wall clock of the zone
    reads `reading` (a naive datetime on a whole minute): none in a skipped
    stretch, two in a repeated one.  Walks minute by minute over the 32
    hours around it (every offset lies within -15h..+15h)."""
    assert_whole_minute_clock_changes(zone_name)
    tz = zone(zone_name)
    naive_utc = int(reading.replace(tzinfo=UTC).timestamp())
    return [t for t in range(naive_utc - 16 * 3600, naive_utc + 16 * 3600 + 60, 60)
            if wall_clock(t, tz) == reading]


def closure_interval(closure, workspace_tz):
    """[from, until) of a closure in POSIX seconds: each end is the one
    instant at which the closure's zone reads it."""
    zone_name = closure.get("timezone") or workspace_tz
    ends = []
    for key in ("from", "until"):
        text = closure[key]
        assert CLOSURE_READING.match(text), f"closure {key}: {text!r}"
        instants = instants_reading(zone_name, dt.datetime.fromisoformat(text))
        assert len(instants) == 1, f"closure {key} {text} occurs {len(instants)} times in {zone_name}"
        ends.append(instants[0])
    assert ends[0] < ends[1], f"closure ends before it starts: {closure}"
    return tuple(ends)


# ---------------------------------------------------------------------------
# Coverage


@dataclass
class Gap:
    start: int  # POSIX seconds, inclusive
    end: int  # POSIX seconds, exclusive
    agents: tuple  # sorted ids of the agents online throughout

    @property
    def seconds(self):
        return self.end - self.start


@dataclass
class Cell:
    """Half an hour of the week in the workspace zone, over the window."""
    seconds: int = 0
    promised_seconds: int = 0
    agent_seconds: int = 0
    fewest: int = None  # agents online, over all its minutes
    fewest_promised: int = None  # over its promised minutes


@dataclass
class GroupResult:
    id: str
    promised_seconds: int = 0
    covered_seconds: int = 0
    staffed_seconds: int = 0
    gaps: list = field(default_factory=list)
    # 336 cells, Monday 00:00 first
    week: list = field(default_factory=lambda: [Cell() for _ in range(336)])


@dataclass
class Coverage:
    start: int
    end: int
    groups: list  # of GroupResult, enabled groups sorted by id


class LocalClock:
    """Wall-clock readings of one zone at each minute of the window, as
    (local date, minute of the day) pairs."""

    def __init__(self, zone_name, start, end):
        assert_whole_minute_clock_changes(zone_name)
        tz = zone(zone_name)
        self.readings = []
        for t in range(start, end, 60):
            local = dt.datetime.fromtimestamp(t, tz)
            assert local.second == 0  # whole-minute offsets
            self.readings.append((local.date(), local.hour * 60 + local.minute))


def coverage(workspace_tz, from_date, until_date, agents, groups,
             calendars=None, workspace_calendars=(), closures=()):
    start, end = window(workspace_tz, from_date, until_date)
    minutes = range(start, end, 60)

    clocks = {}

    def clock(zone_name):
        if zone_name not in clocks:
            clocks[zone_name] = LocalClock(zone_name, start, end)
        return clocks[zone_name]

    # Closures: real instants, the same for everyone.
    intervals = [closure_interval(c, workspace_tz) for c in closures]
    closed = [any(a <= t < b for a, b in intervals) for t in minutes]

    calendars = calendars or {}
    for calendar_id in calendars:
        assert CALENDAR_ID.match(calendar_id), calendar_id

    def holidays(own_calendars):
        """The days of the calendars that a schedule observes."""
        observed = list(workspace_calendars) + list(own_calendars or [])
        days = []
        for calendar_id in dict.fromkeys(observed):
            days += [parse_dated(d, NO_MINUTE) for d in calendars[calendar_id].get("days") or []]
        return days

    def online_minutes(zone_name, hours, **dated):
        """[bool] per minute of the window: does the schedule cover it?  Per
        local date of the zone, then minus the closures."""
        weekly = weekday_minutes(hours)
        days = {}
        result = []
        for i, (day, minute) in enumerate(clock(zone_name).readings):
            if day not in days:
                days[day] = dated_day(weekly, day, **dated)
            result.append(bool(days[day][minute]) and not closed[i])
        return result

    online = {}  # agent id -> [bool] per minute
    for agent_id, live_chat in agents.items():
        if live_chat is not None:
            agent_zone, hours, *rest = live_chat
            dated = rest[0] if rest else {}
            online[agent_id] = online_minutes(
                agent_zone, hours,
                holidays=holidays(dated.get("calendars")),
                extra_hours=[parse_dated(e, None) for e in dated.get("extra_hours") or []],
                time_off=[parse_dated(e, ALL_DAY) for e in dated.get("time_off") or []])

    results = []
    for group_id in sorted(groups):
        members, service, min_agents, *rest = groups[group_id]
        enabled = rest[0] if rest else True
        if not enabled:
            continue
        result = GroupResult(group_id)
        results.append(result)
        staff = sorted({m for m in members if m in online})
        promised = None
        if service is not None:
            service_zone, service_hours, *rest = service
            dated = rest[0] if rest else {}
            promised = online_minutes(
                service_zone or workspace_tz, service_hours,
                holidays=holidays(dated.get("calendars")),
                overrides=[parse_dated(e, NO_MINUTE) for e in dated.get("overrides") or []])
        # The week grid and the staffed seconds, minute by minute in the workspace zone.
        for i, (day, minute) in enumerate(clock(workspace_tz).readings):
            weekday = day.weekday()
            count = sum(1 for a in staff if online[a][i])
            cell = result.week[weekday * 48 + minute // 30]
            cell.seconds += 60
            cell.agent_seconds += 60 * count
            cell.fewest = count if cell.fewest is None else min(cell.fewest, count)
            if promised is not None and promised[i]:
                cell.promised_seconds += 60
                cell.fewest_promised = count if cell.fewest_promised is None else min(cell.fewest_promised, count)
            if count > 0:
                result.staffed_seconds += 60
        if service is None:
            continue
        for i, t in enumerate(minutes):
            if not promised[i]:
                continue
            result.promised_seconds += 60
            here = tuple(a for a in staff if online[a][i])
            if len(here) >= min_agents:
                result.covered_seconds += 60
                continue
            last = result.gaps[-1] if result.gaps else None
            if last is not None and last.end == t and last.agents == here:
                last.end = t + 60
            else:
                result.gaps.append(Gap(t, t + 60, here))
    return Coverage(start, end, results)


# ---------------------------------------------------------------------------
# From a loaded roster.yaml


def description_from_config(doc):
    """A roster.yaml document (as loaded by yaml.safe_load) -> keyword
    arguments of coverage() except the window dates."""
    workspace = doc["workspace"]
    workspace_tz = workspace["timezone"]
    agents = {}
    for agent_id, agent in (doc.get("agents") or {}).items():
        live_chat = agent.get("live_chat")
        dated = {key: agent.get(key) or [] for key in ("calendars", "time_off", "extra_hours")}
        agents[agent_id] = (
            None if live_chat is None else (live_chat["timezone"], live_chat.get("hours") or {}, dated)
        )
    groups = {}
    for group_id, group in (doc.get("groups") or {}).items():
        service = group.get("service_hours")
        min_agents = 1
        if service is not None:
            min_agents = service.get("min_agents", 1)
            dated = {key: service.get(key) or [] for key in ("calendars", "overrides")}
            service = (service.get("timezone"), service.get("hours") or {}, dated)
        groups[group_id] = (group.get("agents") or [], service, min_agents, group.get("enabled", True))
    return {"workspace_tz": workspace_tz, "agents": agents, "groups": groups,
            "calendars": doc.get("calendars") or {},
            "workspace_calendars": workspace.get("calendars") or [],
            "closures": doc.get("closures") or []}


def iso(t, zone_name):
    """RFC 3339 reading of instant t with the zone's offset at t."""
    return dt.datetime.fromtimestamp(t, zone(zone_name)).isoformat()
