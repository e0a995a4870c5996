#!/usr/bin/env python3
"""Differential test of `roster coverage` against the brute-force oracle.

    python3 Tests/Oracle/differential.py --roster .build/debug/roster
    python3 Tests/Oracle/differential.py --roster PATH --cases 200 --seed 7
    python3 Tests/Oracle/differential.py --roster PATH --seed 7 --only 42
    python3 Tests/Oracle/differential.py --oracle-only      # no Roster needed

First the fixed, hand-written cases (whose expected values were worked out by
hand, see FIXED_CASES; the oracle is checked against them too), then N random
configurations, reproducible from --seed.  Most random configurations carry
dated entries (SPEC 9: calendars observed by the workspace, agents and
groups, time off, extra hours, overrides, closures), always valid ones (see
dated_problems).  Each is written to a temporary folder as roster.yaml and
run with

    roster coverage DIR --from A --until B --format json

which must exit 0 and agree with the oracle on every enabled group's
promised_seconds, covered_seconds, staffed_seconds, gaps (start, end, seconds,
agents) and the 336 cells of the week grid (min and mean agents online, the
promised share, the status).
Exit status 1 if any case fails.
"""

import argparse
import datetime as dt
import difflib
import json
import math
import os
import random
import subprocess
import sys
import tempfile

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import yaml  # noqa: E402

import coverage_oracle as oracle  # noqa: E402

DAYS = oracle.DAYS

ZONES = [
    "Europe/Paris",
    "America/New_York",
    "Australia/Sydney",
    "Australia/Lord_Howe",  # 30-minute DST
    "Asia/Kolkata",  # +05:30
    "Asia/Kathmandu",  # +05:45
    "America/Santiago",  # changes at 24:00
    "Europe/London",
    "Asia/Singapore",
    "Pacific/Chatham",  # +12:45/+13:45, changes at 02:45/03:45
    "America/St_Johns",  # -03:30; until 2010 changed at 00:01
    "Etc/UTC",
    "America/Sao_Paulo",  # DST at midnight until 2019
    "Africa/Casablanca",  # Ramadan changes
    "Asia/Tehran",  # DST at midnight until 2022
    "America/Havana",  # changes at 00:00
]


# ---------------------------------------------------------------------------
# YAML


def decimal(value, places):
    """As Roster spells a decimal: rounded to `places` digits, halves away
    from zero, trailing zeros dropped."""
    scaled = value * 10 ** places
    whole = math.floor(scaled)
    if scaled - whole >= 0.5:
        whole += 1
    text = str(whole // 10 ** places)
    fraction = whole % 10 ** places
    if fraction:
        text += "." + f"{fraction:0{places}d}".rstrip("0")
    return text


def week_problems(want, cells, min_agents):
    """The 336 cells of the JSON week grid against the oracle's."""
    problems = []
    if len(cells) != 336:
        return [f"{want.id}.week: {len(cells)} cells, expected 336"]
    for index, (cell, got) in enumerate(zip(want.week, cells)):
        name = f"{want.id}.week[{DAYS[index // 48]} {index % 48 * 30 // 60:02}:{index % 48 * 30 % 60:02}]"
        if cell.fewest_promised is None:
            status = "closed"
        else:
            status = "nobody" if cell.fewest_promised == 0 else "under" if cell.fewest_promised < min_agents else "staffed"
        expected = {
            "min_agents": cell.fewest or 0,
            "mean_agents": decimal(cell.agent_seconds / cell.seconds, 2) if cell.seconds else "0",
            "promised_share": decimal(cell.promised_seconds / cell.seconds, 4) if cell.seconds else "0",
            "status": status,
        }
        actual = {key: (str(got.get(key)) if key in ("mean_agents", "promised_share") else got.get(key))
                  for key in expected}
        # JSON numbers come back as floats: compare them as Roster spells them.
        for key in ("mean_agents", "promised_share"):
            value = got.get(key)
            actual[key] = decimal(value, 4 if key == "promised_share" else 2) if isinstance(value, (int, float)) else value
        if actual != expected:
            problems.append(f"{name}: {actual}, expected {expected}")
            if len(problems) > 5:
                break
    return problems


def yaml_scalar(value):
    """A value in YAML flow style (dates, times and names always quoted)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a YAML double-quoted scalar
    if isinstance(value, list):
        return "[" + ", ".join(yaml_scalar(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {yaml_scalar(v)}" for k, v in value.items()) + "}"
    raise TypeError(value)


def yaml_lines(mapping, indent=0):
    lines = []
    for key, value in mapping.items():
        pad = " " * indent
        if isinstance(value, dict) and value:
            lines.append(f"{pad}{key}:")
            lines += yaml_lines(value, indent + 2)
        elif isinstance(value, dict):
            lines.append(f"{pad}{key}: {{}}")
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            # dated entries and closures: one flow mapping per line
            lines.append(f"{pad}{key}:")
            lines += [f"{pad}  - {yaml_scalar(v)}" for v in value]
        else:
            lines.append(f"{pad}{key}: {yaml_scalar(value)}")
    return lines


def to_yaml(doc):
    text = "\n".join(yaml_lines(doc)) + "\n"
    assert yaml.safe_load(text) == doc, "the YAML emitter lost something"
    return text


def agent_doc(agent_id, zone=None, hours=None, **dated):
    """An agent; `dated` holds its calendars, time_off and extra_hours."""
    agent = {"name": f"Agent {agent_id}", "email": f"{agent_id}@acme.example"}
    if zone is not None:
        agent["live_chat"] = {"timezone": zone, "hours": hours}
    agent.update(dated)
    return agent


def roster_doc(workspace_tz, agents, groups, calendars=None, workspace_calendars=None, closures=None):
    doc = {
        "workspace": {"name": "Acme", "timezone": workspace_tz, "default_locale": "en"},
        "agents": agents,
        "groups": groups,
    }
    if workspace_calendars:
        doc["workspace"]["calendars"] = workspace_calendars
    if calendars:
        doc["calendars"] = calendars
    if closures:
        doc["closures"] = closures
    return doc


# ---------------------------------------------------------------------------
# Fixed cases, worked out by hand
#
# Each expected gap is (start, end, agents), RFC 3339 in the workspace zone.


def gap(start, end, agents=()):
    return (start, end, list(agents))


def paris_day(hours_of_alice):
    return roster_doc(
        "Europe/Paris",
        {"alice": agent_doc("alice", "Europe/Paris", hours_of_alice)},
        {"support": {"name": "Support", "agents": ["alice"],
                     "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
    )


def new_york_gaps():
    # Before 2026-03-08 New York is UTC-5 and Paris UTC+1 (6 hours apart):
    # 09:00 in New York is 15:00 in Paris.  From 2026-03-08 New York is UTC-4,
    # 5 hours apart until Paris moves to UTC+2 on 2026-03-29: 09:00 in New
    # York is 14:00 in Paris.  From 2026-03-29 it is 15:00 again (CEST).
    gaps = [gap("2026-03-06T09:00:00+01:00", "2026-03-06T15:00:00+01:00")]
    for day in [9, 10, 11, 12, 13, 16, 17, 18, 19, 20, 23, 24, 25, 26, 27]:
        gaps.append(gap(f"2026-03-{day:02}T09:00:00+01:00", f"2026-03-{day:02}T14:00:00+01:00"))
    gaps.append(gap("2026-03-30T09:00:00+02:00", "2026-03-30T15:00:00+02:00"))
    return gaps


FIXED_CASES = [
    {
        # Paris springs forward on Sunday 2026-03-29 at 02:00 CET (01:00 UTC)
        # to 03:00 CEST: the clock never reads 02:00-03:00, so the block
        # covers nothing.  The day lasts 23 hours, all promised, one gap.
        "name": "paris-spring-gap-covers-nothing",
        "doc": paris_day({"sun": "02:00-03:00"}),
        "from": "2026-03-29", "until": "2026-03-30",
        "start": "2026-03-29T00:00:00+01:00", "end": "2026-03-30T00:00:00+02:00",
        "groups": {"support": (82800, 0, [
            gap("2026-03-29T00:00:00+01:00", "2026-03-30T00:00:00+02:00"),
        ])},
    },
    {
        # Paris falls back on Sunday 2026-10-25 at 03:00 CEST (01:00 UTC) to
        # 02:00 CET: the clock reads 02:00-03:00 twice (00:00-01:00 UTC and
        # 01:00-02:00 UTC), so the block covers two hours.  The day lasts 25
        # hours: 90000 s promised, 7200 covered, gaps 2 h and 21 h.
        "name": "paris-autumn-repeat-covers-two-hours",
        "doc": paris_day({"sun": "02:00-03:00"}),
        "from": "2026-10-25", "until": "2026-10-26",
        "start": "2026-10-25T00:00:00+02:00", "end": "2026-10-26T00:00:00+01:00",
        "groups": {"support": (90000, 7200, [
            gap("2026-10-25T00:00:00+02:00", "2026-10-25T02:00:00+02:00"),
            gap("2026-10-25T03:00:00+01:00", "2026-10-26T00:00:00+01:00"),
        ])},
    },
    {
        # Bob works 09:00-17:00 in New York; the service promises 09:00-18:00
        # in Paris, mon-fri.  17 weekdays from Fri 03-06 to Mon 03-30: 153 h
        # promised = 550800 s.  Covered: 3 h on 03-06, 4 h on each of the 15
        # weekdays 03-09..03-27 (New York and Paris 5 hours apart), 3 h on
        # 03-30: 66 h = 237600 s.  Bob's day ends after 18:00 Paris.
        "name": "new-york-vs-paris-five-hours-apart",
        "doc": roster_doc(
            "Europe/Paris",
            {"bob": agent_doc("bob", "America/New_York", {"mon-fri": "09:00-17:00"})},
            {"support": {"name": "Support", "agents": ["bob"],
                         "service_hours": {"timezone": "Europe/Paris",
                                           "hours": {"mon-fri": "09:00-18:00"},
                                           "min_agents": 1}}},
        ),
        "from": "2026-03-06", "until": "2026-03-31",
        "start": "2026-03-06T00:00:00+01:00", "end": "2026-03-31T00:00:00+02:00",
        "groups": {"support": (550800, 237600, new_york_gaps())},
    },
    {
        # Monday 2026-01-05 in UTC.  alice 09-12, bob 11-13, service 08-14
        # with min_agents 2: covered only 11-12 (3600 s) of 6 h promised;
        # the gaps split where the set online changes: 08-09 nobody, 09-11
        # alice, 12-13 bob, 13-14 nobody.  `lobby` has no service hours
        # (0, 0, no gaps); `night` is disabled and not reported.
        "name": "min-agents-two-splits-gaps",
        "doc": roster_doc(
            "Etc/UTC",
            {"alice": agent_doc("alice", "Etc/UTC", {"mon": "09:00-12:00"}),
             "bob": agent_doc("bob", "Etc/UTC", {"mon": ["11:00-13:00"]}),
             "carl": agent_doc("carl")},  # no live chat
            {"night": {"name": "Night", "agents": ["alice"], "enabled": False,
                       "service_hours": {"hours": {"daily": "00:00-24:00"}}},
             "desk": {"name": "Desk", "agents": ["bob", "alice", "carl"], "enabled": True,
                      "service_hours": {"timezone": "Etc/UTC",
                                        "hours": {"mon": "08:00-14:00"},
                                        "min_agents": 2}},
             "lobby": {"name": "Lobby", "agents": ["alice", "bob"]}},
        ),
        "from": "2026-01-05", "until": "2026-01-06",
        "start": "2026-01-05T00:00:00+00:00", "end": "2026-01-06T00:00:00+00:00",
        "groups": {
            "desk": (21600, 3600, [
                gap("2026-01-05T08:00:00+00:00", "2026-01-05T09:00:00+00:00"),
                gap("2026-01-05T09:00:00+00:00", "2026-01-05T11:00:00+00:00", ["alice"]),
                gap("2026-01-05T12:00:00+00:00", "2026-01-05T13:00:00+00:00", ["bob"]),
                gap("2026-01-05T13:00:00+00:00", "2026-01-05T14:00:00+00:00"),
            ]),
            "lobby": (0, 0, []),
        },
    },
    {
        # Lord Howe falls back half an hour on Sunday 2026-04-05 at 02:00
        # (+11:00) to 01:30 (+10:30): 01:30-02:00 happens twice.  The block
        # 01:00-03:00 covers 60 + 90 = 150 min = 9000 s; the day lasts 24.5 h
        # = 88200 s; gaps 00:00-01:00 (+11) and 03:00-24:00 (+10:30).
        "name": "lord-howe-half-hour-repeat",
        "doc": roster_doc(
            "Australia/Lord_Howe",
            {"carol": agent_doc("carol", "Australia/Lord_Howe", {"sun": "01:00-03:00"})},
            {"island": {"name": "Island", "agents": ["carol"],
                        "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
        ),
        "from": "2026-04-05", "until": "2026-04-06",
        "start": "2026-04-05T00:00:00+11:00", "end": "2026-04-06T00:00:00+10:30",
        "groups": {"island": (88200, 9000, [
            gap("2026-04-05T00:00:00+11:00", "2026-04-05T01:00:00+11:00"),
            gap("2026-04-05T03:00:00+10:30", "2026-04-06T00:00:00+10:30"),
        ])},
    },
    {
        # An overnight block of Sunday 2026-01-04 (outside the window) spills
        # onto Monday 2026-01-05 00:00-02:00 (sun wraps to mon).
        "name": "overnight-sunday-spills-onto-monday",
        "doc": roster_doc(
            "Etc/UTC",
            {"dave": agent_doc("dave", "Etc/UTC", {"sun": "22:00-02:00"})},
            {"support": {"name": "Support", "agents": ["dave"],
                         "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
        ),
        "from": "2026-01-05", "until": "2026-01-06",
        "start": "2026-01-05T00:00:00+00:00", "end": "2026-01-06T00:00:00+00:00",
        "groups": {"support": (86400, 7200, [
            gap("2026-01-05T02:00:00+00:00", "2026-01-06T00:00:00+00:00"),
        ])},
    },
    {
        # St. John's fell back on Sunday 2010-11-07 at 00:01 NDT (-02:30,
        # 02:31 UTC) to 23:01 NST (-03:30) of Saturday.  The window starts at
        # the first 00:00 (02:30 UTC) although the clock then jumps back
        # below midnight; it ends 2010-11-08 00:00 NST (03:30 UTC): 25 h.
        # Erin's Saturday 23:00-24:00 covers, inside the window, the repeated
        # 23:01-24:00 (02:31-03:30 UTC): 3540 s.  Gaps: the single minute
        # 00:00-00:01 NDT (60 s; its end reads 23:01 the day before) and
        # 03:30 UTC to the end (86400 s).
        "name": "st-johns-window-starts-before-clock-jumps-back",
        "doc": roster_doc(
            "America/St_Johns",
            {"erin": agent_doc("erin", "America/St_Johns", {"sat": "23:00-24:00"})},
            {"support": {"name": "Support", "agents": ["erin"],
                         "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
        ),
        "from": "2010-11-07", "until": "2010-11-08",
        "start": "2010-11-07T00:00:00-02:30", "end": "2010-11-08T00:00:00-03:30",
        "groups": {"support": (90000, 3540, [
            gap("2010-11-07T00:00:00-02:30", "2010-11-06T23:01:00-03:30"),
            gap("2010-11-07T00:00:00-03:30", "2010-11-08T00:00:00-03:30"),
        ])},
    },
    {
        # Santiago springs forward at 24:00 on Saturday 2026-09-05 (-04:00,
        # 04:00 UTC) to 01:00 on Sunday (-03:00): Sunday's 00:00 never
        # happens, the window starts at 01:00 and lasts 23 h.  The block
        # 00:00-02:00 covers only 01:00-02:00.
        "name": "santiago-missing-midnight",
        "doc": roster_doc(
            "America/Santiago",
            {"fede": agent_doc("fede", "America/Santiago", {"sun": "00:00-02:00"})},
            {"support": {"name": "Support", "agents": ["fede"],
                         "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
        ),
        "from": "2026-09-06", "until": "2026-09-07",
        "start": "2026-09-06T01:00:00-03:00", "end": "2026-09-07T00:00:00-03:00",
        "groups": {"support": (82800, 3600, [
            gap("2026-09-06T02:00:00-03:00", "2026-09-07T00:00:00-03:00"),
        ])},
    },
    {
        # Chatham springs forward on Sunday 2026-09-27 at 02:45 (+12:45,
        # 14:00 UTC on Saturday) to 03:45 (+13:45).  Sunday 02:00-04:00 there
        # covers 02:00-02:45 and 03:45-04:00, i.e. 13:15-14:15 UTC on
        # Saturday 2026-09-26: one contiguous hour of the UTC service day.
        "name": "chatham-spring-gap-seen-from-utc",
        "doc": roster_doc(
            "Etc/UTC",
            {"gus": agent_doc("gus", "Pacific/Chatham", {"sun": "02:00-04:00"})},
            {"support": {"name": "Support", "agents": ["gus"],
                         "service_hours": {"timezone": "Etc/UTC",
                                           "hours": {"daily": "00:00-24:00"}}}},
        ),
        "from": "2026-09-26", "until": "2026-09-27",
        "start": "2026-09-26T00:00:00+00:00", "end": "2026-09-27T00:00:00+00:00",
        "groups": {"support": (86400, 3600, [
            gap("2026-09-26T00:00:00+00:00", "2026-09-26T13:15:00+00:00"),
            gap("2026-09-26T14:15:00+00:00", "2026-09-27T00:00:00+00:00"),
        ])},
    },
    # Dated entries (SPEC 9)
    {
        # Dave works sun-mon 22:00-02:00 in UTC: Sunday's block spills onto
        # Monday 00:00-02:00, Monday's onto Tuesday 00:00-02:00.  His own
        # calendar makes Monday 2026-01-05 a holiday with hours 09:00-11:00:
        # it owns the whole date, so Monday is only 09:00-11:00 (Sunday's
        # spill and Monday's 22:00-24:00 are gone), while Monday's spill
        # onto Tuesday is Tuesday's and stays.  The service (daily, all day)
        # does not observe his calendar: 48 h promised, 4 h covered.
        "name": "holiday-cuts-previous-night-spill",
        "doc": roster_doc(
            "Etc/UTC",
            {"dave": agent_doc("dave", "Etc/UTC", {"sun-mon": "22:00-02:00"}, calendars=["dave-days"])},
            {"support": {"name": "Support", "agents": ["dave"],
                         "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
            calendars={"dave-days": {"name": "Dave's days", "days": [
                {"date": "2026-01-05", "name": "Half day", "hours": "09:00-11:00"}]}},
        ),
        "from": "2026-01-05", "until": "2026-01-07",
        "start": "2026-01-05T00:00:00+00:00", "end": "2026-01-07T00:00:00+00:00",
        "groups": {"support": (172800, 14400, [
            gap("2026-01-05T00:00:00+00:00", "2026-01-05T09:00:00+00:00"),
            gap("2026-01-05T11:00:00+00:00", "2026-01-06T00:00:00+00:00"),
            gap("2026-01-06T02:00:00+00:00", "2026-01-07T00:00:00+00:00"),
        ])},
    },
    {
        # Erin works daily 09:00-17:00 in Kolkata (+05:30, 03:30-11:30 UTC)
        # and observes a calendar with the yearly date 02-29.  The window is
        # two UTC days, 2028-02-28 and 02-29 (2028 is a leap year); the
        # service, in Kolkata too, promises 03:30-11:30 UTC on both: 57600 s.
        # Kolkata's 29 February is a holiday: the second day is a gap.
        "name": "yearly-02-29-holiday-in-a-leap-year",
        "doc": roster_doc(
            "Etc/UTC",
            {"erin": agent_doc("erin", "Asia/Kolkata", {"daily": "09:00-17:00"}, calendars=["leap"])},
            {"desk": {"name": "Desk", "agents": ["erin"],
                      "service_hours": {"timezone": "Asia/Kolkata", "hours": {"daily": "09:00-17:00"}}}},
            calendars={"leap": {"name": "Leap days", "days": [{"date": "02-29", "name": "Leap day"}]}},
        ),
        "from": "2028-02-28", "until": "2028-03-01",
        "start": "2028-02-28T00:00:00+00:00", "end": "2028-03-01T00:00:00+00:00",
        "groups": {"desk": (57600, 28800, [
            gap("2028-02-29T03:30:00+00:00", "2028-02-29T11:30:00+00:00"),
        ])},
    },
    {
        # The same in 2027, a common year: 02-29 names no date (and is not
        # moved to 03-01), so 2027-02-28 and 03-01 are both covered.
        "name": "yearly-02-29-holiday-in-a-common-year",
        "doc": roster_doc(
            "Etc/UTC",
            {"erin": agent_doc("erin", "Asia/Kolkata", {"daily": "09:00-17:00"}, calendars=["leap"])},
            {"desk": {"name": "Desk", "agents": ["erin"],
                      "service_hours": {"timezone": "Asia/Kolkata", "hours": {"daily": "09:00-17:00"}}}},
            calendars={"leap": {"name": "Leap days", "days": [{"date": "02-29", "name": "Leap day"}]}},
        ),
        "from": "2027-02-28", "until": "2027-03-02",
        "start": "2027-02-28T00:00:00+00:00", "end": "2027-03-02T00:00:00+00:00",
        "groups": {"desk": (57600, 57600, [])},
    },
    {
        # Friday 2026-06-12 in Paris (+02:00): the window is 22:00 UTC on
        # 06-11 to 22:00 UTC on 06-12.  In UTC: kenji (Tokyo, +09:00,
        # 19:00-24:00) is online 10:00-15:00, nora (New York, -04:00,
        # 06:00-12:00) 10:00-16:00, paul (Paris, 09:00-18:00) 07:00-16:00.
        # The closure 08:00-10:00 New York time is 12:00-14:00 UTC, for every
        # agent and every group; the one without a zone is read in Paris:
        # 17:30-17:45, 15:30-15:45 UTC.  `support` promises 12:00-18:00 Paris
        # (10:00-16:00 UTC) with min_agents 3: after the closures 10:00-12:00,
        # 14:00-15:30 and 15:45-16:00 UTC = 13500 s; all three are online
        # 10:00-12:00 and 14:00-15:00 (10800 s); from 15:00 kenji is gone.
        # `night` promises 20:00-23:00 Tokyo (11:00-14:00 UTC): 11:00-12:00
        # is left, with kenji.
        "name": "closure-seen-by-agents-in-three-zones",
        "doc": roster_doc(
            "Europe/Paris",
            {"kenji": agent_doc("kenji", "Asia/Tokyo", {"daily": "19:00-24:00"}),
             "nora": agent_doc("nora", "America/New_York", {"daily": "06:00-12:00"}),
             "paul": agent_doc("paul", "Europe/Paris", {"daily": "09:00-18:00"})},
            {"support": {"name": "Support", "agents": ["paul", "nora", "kenji"],
                         "service_hours": {"hours": {"daily": "12:00-18:00"}, "min_agents": 3}},
             "night": {"name": "Night", "agents": ["kenji"],
                       "service_hours": {"timezone": "Asia/Tokyo", "hours": {"daily": "20:00-23:00"}}}},
            closures=[
                {"name": "All-hands", "from": "2026-06-12T08:00", "until": "2026-06-12T10:00",
                 "timezone": "America/New_York"},
                {"name": "Fire drill", "from": "2026-06-12T17:30", "until": "2026-06-12T17:45"},
            ],
        ),
        "from": "2026-06-12", "until": "2026-06-13",
        "start": "2026-06-12T00:00:00+02:00", "end": "2026-06-13T00:00:00+02:00",
        "groups": {
            "night": (3600, 3600, []),
            "support": (13500, 10800, [
                gap("2026-06-12T17:00:00+02:00", "2026-06-12T17:30:00+02:00", ["nora", "paul"]),
                gap("2026-06-12T17:45:00+02:00", "2026-06-12T18:00:00+02:00", ["nora", "paul"]),
            ]),
        },
    },
    {
        # Alice works mon-fri 09:00-17:00 in Paris (+01:00).  The workspace
        # calendar makes every 27 November a short day, 10:00-12:00, for her
        # and for the group; but the group overrides Thursday 2026-11-26
        # without hours (nothing promised) and Friday 11-27 with 08:00-22:00,
        # which replaces the holiday: 14 h promised, beyond anyone's hours,
        # and alice is there only 10:00-12:00.
        "name": "override-extends-service-beyond-everyone",
        "doc": roster_doc(
            "Europe/Paris",
            {"alice": agent_doc("alice", "Europe/Paris", {"mon-fri": "09:00-17:00"})},
            {"shop": {"name": "Shop", "agents": ["alice"],
                      "service_hours": {"hours": {"mon-fri": "09:00-17:00"}, "overrides": [
                          {"date": "2026-11-26", "name": "Thanksgiving"},
                          {"date": "2026-11-27", "hours": "08:00-22:00", "name": "Black Friday"}]}}},
            calendars={"company": {"name": "Company", "days": [
                {"date": "11-27", "name": "Company day", "hours": "10:00-12:00"}]}},
            workspace_calendars=["company"],
        ),
        "from": "2026-11-26", "until": "2026-11-28",
        "start": "2026-11-26T00:00:00+01:00", "end": "2026-11-28T00:00:00+01:00",
        "groups": {"shop": (50400, 7200, [
            gap("2026-11-27T08:00:00+01:00", "2026-11-27T10:00:00+01:00"),
            gap("2026-11-27T12:00:00+01:00", "2026-11-27T22:00:00+01:00"),
        ])},
    },
    {
        # bob and carol work daily 10:00-12:00 in Paris; the service wants
        # both (min_agents 2) daily 10:00-12:00, six days from Tuesday
        # 2026-12-29: 43200 s.  bob is off 2026-12-30..2027-01-02 (all day);
        # carol is off 11:00-12:00 every 12-31..01-01 (a yearly range over
        # the new year) for live chat, and on 01-03 for meetings only (no
        # change).  Covered: 12-29 and 01-03 (14400 s).
        "name": "time-off-range-over-new-year",
        "doc": roster_doc(
            "Europe/Paris",
            {"bob": agent_doc("bob", "Europe/Paris", {"daily": "10:00-12:00"}, time_off=[
                {"dates": "2026-12-30..2027-01-02", "reason": "vacation"}]),
             "carol": agent_doc("carol", "Europe/Paris", {"daily": "10:00-12:00"}, time_off=[
                 {"dates": "12-31..01-01", "hours": "11:00-12:00", "only": "live_chat"},
                 {"date": "2027-01-03", "only": "meetings"}])},
            {"desk": {"name": "Desk", "agents": ["bob", "carol"],
                      "service_hours": {"hours": {"daily": "10:00-12:00"}, "min_agents": 2}}},
        ),
        "from": "2026-12-29", "until": "2027-01-04",
        "start": "2026-12-29T00:00:00+01:00", "end": "2027-01-04T00:00:00+01:00",
        "groups": {"desk": (43200, 14400, [
            gap("2026-12-30T10:00:00+01:00", "2026-12-30T12:00:00+01:00", ["carol"]),
            gap("2026-12-31T10:00:00+01:00", "2026-12-31T11:00:00+01:00", ["carol"]),
            gap("2026-12-31T11:00:00+01:00", "2026-12-31T12:00:00+01:00"),
            gap("2027-01-01T10:00:00+01:00", "2027-01-01T11:00:00+01:00", ["carol"]),
            gap("2027-01-01T11:00:00+01:00", "2027-01-01T12:00:00+01:00"),
            gap("2027-01-02T10:00:00+01:00", "2027-01-02T12:00:00+01:00", ["carol"]),
        ])},
    },
    {
        # Paris springs forward on Sunday 2026-03-29 (02:00 -> 03:00).  Alice
        # (daily all day) has a holiday that day with overlapping blocks
        # 01:00-03:00 and 02:30-04:00 (their union, 01:00-04:00), extra hours
        # 22:00-24:00 and live-chat time off 03:30-04:00: she is online
        # 01:00-02:00 CET and 03:00-03:30 CEST (00:00-01:30 UTC, 90 min in
        # one piece) and 22:00-24:00 CEST (7200 s).  The service promises
        # the whole 23-hour day (82800 s); covered 12600 s.
        "name": "dated-hours-on-spring-forward-day",
        "doc": roster_doc(
            "Europe/Paris",
            {"alice": agent_doc("alice", "Europe/Paris", {"daily": "00:00-24:00"},
                                calendars=["alice-days"],
                                extra_hours=[{"date": "2026-03-29", "hours": "22:00-24:00"}],
                                time_off=[{"date": "2026-03-29", "hours": "03:30-04:00", "only": "live_chat"}])},
            {"support": {"name": "Support", "agents": ["alice"],
                         "service_hours": {"hours": {"daily": "00:00-24:00"}}}},
            calendars={"alice-days": {"name": "Alice", "days": [
                {"date": "2026-03-29", "name": "Short Sunday", "hours": ["01:00-03:00", "02:30-04:00"]}]}},
        ),
        "from": "2026-03-29", "until": "2026-03-30",
        "start": "2026-03-29T00:00:00+01:00", "end": "2026-03-30T00:00:00+02:00",
        "groups": {"support": (82800, 12600, [
            gap("2026-03-29T00:00:00+01:00", "2026-03-29T01:00:00+01:00"),
            gap("2026-03-29T03:30:00+02:00", "2026-03-29T22:00:00+02:00"),
        ])},
    },
]


def as_date(text):
    return dt.date.fromisoformat(text)


def ts(text):
    return int(dt.datetime.fromisoformat(text).timestamp())


def check_oracle_on_fixed_cases():
    """The oracle must reproduce every hand-computed value."""
    for case in FIXED_CASES:
        name = case["name"]
        assert not dated_problems(case["doc"], as_date(case["from"]), as_date(case["until"])), name
        result = run_oracle(case)
        assert (result.start, result.end) == (ts(case["start"]), ts(case["end"])), name
        assert [g.id for g in result.groups] == sorted(case["groups"]), name
        for group in result.groups:
            promised, covered, gaps = case["groups"][group.id]
            want = [(ts(s), ts(e), e_agents) for s, e, e_agents in gaps]
            got = [(g.start, g.end, list(g.agents)) for g in group.gaps]
            assert group.promised_seconds == promised, (name, group.promised_seconds)
            assert group.covered_seconds == covered, (name, group.covered_seconds)
            assert got == want, (name, got)
            gap_total = sum(e - s for s, e, _ in want)
            assert promised - covered == gap_total, (name, "hand values inconsistent")


# ---------------------------------------------------------------------------
# Random cases

_changes_cache = {}


def changes(zone, first_year, last_year):
    key = (zone, first_year, last_year)
    if key not in _changes_cache:
        _changes_cache[key] = oracle.clock_changes(
            zone, oracle.utc_ts(first_year), oracle.utc_ts(last_year + 1))
    return _changes_cache[key]


def pick_change(rng, zone):
    """A clock change of the zone, mostly in 2024-2030, or None."""
    recent = changes(zone, 2024, 2030)
    if recent and rng.random() < 0.85:
        return rng.choice(recent)
    old = changes(zone, 2001, 2023)
    if old:
        return rng.choice(old)
    return rng.choice(recent) if recent else None


def utc_reading(t, offset):
    return dt.datetime(1970, 1, 1) + dt.timedelta(seconds=t + offset)


def change_days(zone, first_day, last_day):
    """Wall-clock stretches skipped or repeated by the clock changes of the
    zone between the two dates: [(local date, a, b)] with a < b minutes from
    that date's midnight (b may pass 24:00)."""
    t0 = int(dt.datetime.combine(first_day, dt.time(), dt.timezone.utc).timestamp())
    t1 = int(dt.datetime.combine(last_day, dt.time(), dt.timezone.utc).timestamp())
    spots = []
    for t, before, after in oracle.clock_changes(zone, t0, t1):
        x, y = sorted([utc_reading(t, before), utc_reading(t, after)])
        midnight = dt.datetime.combine(x.date(), dt.time())
        a = (x - midnight) // dt.timedelta(minutes=1)
        b = (y - midnight) // dt.timedelta(minutes=1)
        spots.append((x.date(), a, b))
    return spots


def hot_spots(zone, first_day, last_day):
    """change_days() by weekday: [(weekday, a, b)]."""
    return [(day.weekday(), a, b) for day, a, b in change_days(zone, first_day, last_day)]


def block_text(start, end):
    def hhmm(m):
        return f"{m // 60:02}:{m % 60:02}"
    return f"{hhmm(start)}-{hhmm(end)}"


def normalize(day, start, end):
    """A block as (day, start, end) with start possibly < 0 or >= 24:00 and
    start < end <= start + 24h -> (weekday, 'HH:MM-HH:MM'), or None."""
    length = end - start
    if not 0 < length < 1440:
        return None
    day += start // 1440
    start %= 1440
    end = start + length
    if end > 1440:
        end -= 1440  # overnight
    return day % 7, block_text(start, end)


def random_block(rng, spots):
    """(weekday, block text), often around a skipped or repeated stretch."""
    if spots and rng.random() < 0.75:
        day, a, b = rng.choice(spots)
        k = rng.choice([15, 30, 60, 90, 120, 180])
        mid = (a + b) // 2
        shape = rng.choice(["exact", "inside", "span", "start-in", "end-in",
                            "ends-at", "starts-at", "overnight", "long"])
        if shape == "exact":
            start, end = a, b
        elif shape == "inside":
            start, end = (a + 15, b - 15) if b - a > 30 else (a, mid if mid > a else b)
        elif shape == "span":
            start, end = a - k, b + rng.choice([0, 15, 30, 60, 120])
        elif shape == "start-in":
            start, end = mid, b + k
        elif shape == "end-in":
            start, end = a - k, mid
        elif shape == "ends-at":
            start, end = a - k, rng.choice([a, b])
        elif shape == "starts-at":
            start, end = rng.choice([a, b]), b + k
        elif shape == "overnight":
            start, end = rng.choice([20, 21, 22, 23]) * 60 + rng.choice([0, 30]), 1440 + b
            if end - start >= 1440:
                start, end = a - k, b + k
        else:
            start, end = a - rng.randint(1, 16) * 30, b + rng.randint(1, 16) * 30
        block = normalize(day, start, end)
        if block is not None:
            return block
    day = rng.randrange(7)
    shape = rng.random()
    if shape < 0.2:
        return day, rng.choice(["00:00-24:00", "09:00-17:00", "08:30-12:15", "22:00-02:00",
                                "01:30-02:30", "02:00-03:00", "00:00-02:30", "23:00-02:00"])
    start = rng.randrange(96) * 15
    length = rng.randrange(1, 72) * 15
    return normalize(day, start, start + length)


def day_key(rng, day):
    """A key of the hours mapping that contains the weekday."""
    r = rng.random()
    if r < 0.55:
        return DAYS[day]
    if r < 0.85:
        length = rng.randint(2, 6)
        first = day - rng.randrange(length)
        return f"{DAYS[first % 7]}-{DAYS[(first + length - 1) % 7]}"
    return "daily"


def random_hours(rng, spots, n_blocks):
    """A weekly hours mapping without overlapping blocks."""
    hours = {}
    for _ in range(n_blocks):
        day, text = random_block(rng, spots)
        key = day_key(rng, day)
        trial = {k: list(v) for k, v in hours.items()}
        trial.setdefault(key, []).append(text)
        if not oracle.overlapping_minutes(oracle.expand_weekly(trial)):
            hours = trial
    if rng.random() < 0.1:
        hours.setdefault(DAYS[rng.randrange(7)], [])  # a closed day
    # a one-block list is often written as a plain string
    return {k: (v[0] if len(v) == 1 and rng.random() < 0.6 else v) for k, v in hours.items()}


def random_service_hours(rng, spots):
    r = rng.random()
    if r < 0.2:
        return {"daily": "00:00-24:00"}
    if r < 0.3:
        return {"mon-fri": "08:00-20:00", "sat": "10:00-14:00"}
    hours = random_hours(rng, spots, rng.randint(1, 4))
    return hours or {"daily": "00:00-24:00"}


# ---------------------------------------------------------------------------
# Dated entries of random cases (SPEC 9)
#
# The generator adds an entry, then keeps it only if the configuration stays
# valid (dated_problems): Roster must accept every case, so the conflicts
# that SPEC 5 makes errors are never generated.

CALENDAR_IDS = ["company", "fr-public", "us_federal", "team-2", "x", "c0-night", "q4_freeze", "9lives"]
DAY_NAMES = ["Jour de l'an", "Winter shutdown", "Inventory", "Fête", "Leap day", "Short day", "Bank holiday"]

_expanded = {}


def expand_dates(entry, years):
    """Every date in the years (a range) that a dated entry names, by
    expanding its dates rather than by the oracle's Dates.names."""
    key = (entry.get("date"), entry.get("dates"), years)
    if key not in _expanded:
        spec = oracle.parse_dates(entry)
        first, last = spec.first, spec.last
        if isinstance(first, dt.date):
            days = {first + dt.timedelta(days=i) for i in range((last - first).days + 1)}
        else:
            days = set()
            for year in range(years.start - 1, years.stop):
                try:
                    a = dt.date(year, *first)
                except ValueError:  # 02-29 in a common year
                    continue
                if first == last:
                    days.add(a)
                    continue
                # generated yearly ranges never start or end on 02-29
                b = dt.date(year if last > first else year + 1, *last)
                days.update(a + dt.timedelta(days=i) for i in range((b - a).days + 1))
        _expanded[key] = frozenset(d for d in days if d.year in years)
    return _expanded[key]


def hours_key(entry):
    """How an entry's hours are written: equal keys are the same hours."""
    return json.dumps(entry.get("hours"))


def entry_minutes(entry, without_hours):
    hours = entry.get("hours")
    return without_hours if hours is None else bytes(oracle.dated_minutes(hours))


def share_a_minute(a, b):
    return any(x & y for x, y in zip(a, b))


_readings = {}


def reading_count(zone, text):
    """How many instants the zone's clock reads `text` (YYYY-MM-DDTHH:MM)."""
    key = (zone, text)
    if key not in _readings:
        _readings[key] = oracle.instants_reading(zone, dt.datetime.fromisoformat(text))
    return len(_readings[key])


def dated_problems(doc, first, until):
    """Why the dated entries of a configuration would not be valid, as
    strings; [] if they are.  Dates are compared over every year from two
    before the earliest date in play to two after the latest (five years
    always hold a leap year)."""
    problems = []
    workspace = doc["workspace"]
    calendars = doc.get("calendars") or {}
    entries = [d for c in calendars.values() for d in c["days"]]
    for agent in doc["agents"].values():
        entries += agent.get("time_off", []) + agent.get("extra_hours", [])
    for group in doc["groups"].values():
        entries += (group.get("service_hours") or {}).get("overrides", [])
    years = [first.year, until.year]
    for entry in entries:
        try:
            spec = oracle.parse_dates(entry)
            if entry.get("hours") is not None:
                oracle.dated_minutes(entry["hours"])
        except (AssertionError, ValueError) as error:
            problems.append(f"invalid date or hours {entry}: {error}")
            continue
        if isinstance(spec.first, dt.date):
            years += [spec.first.year, spec.last.year]
    if problems:
        return problems
    years = range(min(years) - 2, max(years) + 3)

    def same_hours_per_date(entries, what):
        """Entries naming one date must have the same hours."""
        seen = {}
        for entry in entries:
            for day in expand_dates(entry, years):
                if seen.setdefault(day, hours_key(entry)) != hours_key(entry):
                    problems.append(f"{what}: different hours on {day}")
                    return

    observed = list(workspace.get("calendars", []))
    schedules = [(f"agent {a}", agent.get("calendars", [])) for a, agent in doc["agents"].items()]
    schedules += [(f"group {g}", (group.get("service_hours") or {}).get("calendars", []))
                  for g, group in doc["groups"].items()]
    for calendar_id in calendars:
        if not oracle.CALENDAR_ID.match(calendar_id):
            problems.append(f"calendar id {calendar_id!r}")
        same_hours_per_date(calendars[calendar_id]["days"], f"calendar {calendar_id}")
    for name, own in [("workspace", [])] + schedules:
        ids = observed + list(own)
        if len(set(ids)) != len(ids) or any(c not in calendars for c in ids):
            problems.append(f"{name} calendars {ids}")
            continue
        same_hours_per_date([d for c in ids for d in calendars[c]["days"]], f"holidays of {name}")
    for c in calendars:
        if c not in observed and all(c not in own for _, own in schedules):
            problems.append(f"calendar {c} observed by nobody")

    for g, group in doc["groups"].items():
        same_hours_per_date((group.get("service_hours") or {}).get("overrides", []), f"overrides of {g}")

    channels = {"both": {"live_chat", "meetings"}, "live_chat": {"live_chat"}, "meetings": {"meetings"}}
    for a, agent in doc["agents"].items():
        time_off = agent.get("time_off", [])
        for i, one in enumerate(time_off):
            for other in time_off[:i]:
                if not channels[one.get("only", "both")] & channels[other.get("only", "both")]:
                    continue
                if hours_key(one) == hours_key(other):
                    continue
                if not share_a_minute(entry_minutes(one, oracle.ALL_DAY), entry_minutes(other, oracle.ALL_DAY)):
                    continue
                if expand_dates(one, years) & expand_dates(other, years):
                    problems.append(f"time off of {a}: {one} and {other}")
        for extra in agent.get("extra_hours", []):
            if extra.get("hours") is None:
                problems.append(f"extra hours of {a} without hours")
                continue
            for off in time_off:
                if (off.get("only", "both") != "meetings"
                        and share_a_minute(entry_minutes(extra, None), entry_minutes(off, oracle.ALL_DAY))
                        and expand_dates(extra, years) & expand_dates(off, years)):
                    problems.append(f"extra hours of {a} {extra} during time off {off}")

    for closure in doc.get("closures", []):
        zone = closure.get("timezone", workspace["timezone"])
        counts = [reading_count(zone, closure[key]) for key in ("from", "until")]
        if counts != [1, 1]:
            problems.append(f"closure {closure}: its ends occur {counts} times in {zone}")
        elif _readings[(zone, closure["from"])][0] >= _readings[(zone, closure["until"])][0]:
            problems.append(f"closure {closure} ends before it starts")
    return problems


def yearly(day):
    return f"{day.month:02}-{day.day:02}"


def add_dated_entries(rng, doc, first, until):
    """Calendars observed by the workspace, agents and groups; time off,
    extra hours, overrides and closures, on dates in and around the window
    (mostly the dates of the window, clock-change days of the zones, the
    day after an overnight block), with fixed and yearly dates and ranges."""
    workspace = doc["workspace"]
    workspace_tz = workspace["timezone"]
    day = dt.timedelta(days=1)
    agents = {a: agent for a, agent in doc["agents"].items() if "live_chat" in agent}
    services = {g: group["service_hours"] for g, group in doc["groups"].items() if "service_hours" in group}
    window_days = [first - day + i * day for i in range((until - first).days + 2)]
    leap_window = any((d.month, d.day) in [(2, 28), (2, 29), (3, 1)] for d in window_days)
    new_year_window = any(d.month == 1 and d.day <= 3 or d.month == 12 and d.day >= 29 for d in window_days)

    _spots = {}

    def spots(zone):
        """The clock-change stretches of the zone near the window, by local date."""
        if zone not in _spots:
            _spots[zone] = change_days(zone, first - 3 * day, until + 3 * day)
        return _spots[zone]

    def after_overnight(agent):
        """Dates of the window whose weekday follows an overnight block."""
        week = oracle.expand_weekly(agent["live_chat"]["hours"])
        next_days = {(d + 1) % 7 for d, blocks in enumerate(week) if any(e < s for s, e in blocks)}
        return [d for d in window_days if d.weekday() in next_days]

    def focus(zone, special=()):
        """A date that matters to a schedule in the zone."""
        r = rng.random()
        changed = [d for d, _, _ in spots(zone) if first - 2 * day <= d <= until + day]
        if special and r < 0.3:
            return rng.choice(special)
        if changed and r < 0.6:
            return rng.choice(changed)
        return rng.choice(window_days)

    def date_spec(zone, special=()):
        """{"date": ...} or {"dates": ...} around a focus date."""
        if leap_window and rng.random() < 0.2:
            return {"date": "02-29"}
        if new_year_window and rng.random() < 0.15:
            a, b = dt.date(2001, 12, rng.randint(20, 31)), dt.date(2002, 1, rng.randint(1, 5))
            return {"dates": f"{yearly(a)}..{yearly(b)}"}
        at = focus(zone, special)
        r = rng.random()
        if r < 0.4:
            return {"date": at.isoformat()}
        if r < 0.6:
            return {"date": yearly(at)}
        if r < 0.85:
            if rng.random() < 0.15:  # a long one, over the whole window
                a = first - rng.randint(0, 40) * day
                b = until + rng.randint(0, 40) * day
            else:
                a, b = at - rng.randint(0, 4) * day, at + rng.randint(0, 4) * day
            return {"dates": f"{a.isoformat()}..{b.isoformat()}"}
        a, b = at - rng.randint(0, 3) * day, at + rng.randint(1, 3) * day
        if (a.month, a.day) == (2, 29):
            a -= day
        if (b.month, b.day) == (2, 29):
            b += day
        return {"dates": f"{yearly(a)}..{yearly(b)}"}

    def named_date(spec):
        """A date that the spec names, near the window, for choosing hours."""
        text = spec.get("date") or spec["dates"].split("..")[0]
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        for d in window_days:
            if oracle.parse_dates(spec).names(d):
                return d
        return None

    def dated_hours(zone, on):
        """One block or a list, within the date; often around the clock
        change of that date in the zone.  Blocks may touch or overlap."""
        here = [(a, b) for d, a, b in spots(zone) if d == on]
        blocks = []
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            if here and rng.random() < 0.6:
                a, b = rng.choice(here)
                k = rng.choice([15, 30, 60, 120])
                start, end = rng.choice([(a, b), (a - k, b + k), ((a + b) // 2, b + k), (a - k, (a + b) // 2),
                                         (a, b + k), (a - k, b), (0, b), (a, 1440)])
            elif rng.random() < 0.15:
                start, end = rng.choice([(0, 1440), (0, 720), (720, 1440), (1320, 1440), (0, 120)])
            else:
                start = rng.randrange(96) * 15
                end = start + rng.randrange(1, 48) * 15
            start, end = max(0, start), min(1440, end)
            if start < end:
                blocks.append(block_text(start, end))
        if not blocks:
            blocks = ["09:00-17:00"]
        return blocks[0] if len(blocks) == 1 and rng.random() < 0.6 else blocks

    def kept(entries, entry):
        """Append entry; take it back if the configuration became invalid."""
        entries.append(entry)
        if dated_problems(doc, first, until):
            entries.pop()
            return False
        return True

    def zone_of(kind, x):
        if kind == "agent":
            return agents[x]["live_chat"]["timezone"]
        return services[x].get("timezone") or workspace_tz

    # Calendars, each observed by the workspace or by a few schedules.
    schedules = [("agent", a) for a in agents] + [("group", g) for g in services]
    calendars = {}
    doc["calendars"] = calendars
    for calendar_id in rng.sample(CALENDAR_IDS, rng.choice([0, 1, 1, 2, 2, 3])):
        if not schedules or rng.random() < 0.35:
            observers = list(schedules)
            workspace.setdefault("calendars", []).append(calendar_id)
        else:
            observers = rng.sample(schedules, rng.randint(1, min(3, len(schedules))))
            for kind, x in observers:
                owner = agents[x] if kind == "agent" else services[x]
                owner.setdefault("calendars", []).append(calendar_id)
        days = []
        calendars[calendar_id] = {"name": f"Calendar {calendar_id}", "days": days}
        for _ in range(rng.randint(1, 4)):
            others = [d for c in calendars.values() for d in c["days"] if d not in days]
            if others and rng.random() < 0.15:
                kept(days, dict(rng.choice(others)))  # the same holiday in two calendars
                continue
            kind, x = rng.choice(observers) if observers else ("workspace", None)
            zone = workspace_tz if x is None else zone_of(kind, x)
            special = after_overnight(agents[x]) if kind == "agent" else []
            entry = date_spec(zone, special)
            entry["name"] = rng.choice(DAY_NAMES)
            on = named_date(entry)
            if on is not None and rng.random() < 0.5:
                entry["hours"] = dated_hours(zone, on)
            kept(days, entry)
        if not days:  # every day conflicted: no such calendar
            del calendars[calendar_id]
            for owner in [workspace] + list(agents.values()) + list(services.values()):
                if calendar_id in owner.get("calendars", []):
                    owner["calendars"].remove(calendar_id)
                    if not owner["calendars"]:
                        del owner["calendars"]
    if not calendars:
        del doc["calendars"]

    # Time off and extra hours of agents.
    for a, agent in agents.items():
        if rng.random() < 0.5:
            continue
        zone = agent["live_chat"]["timezone"]
        special = after_overnight(agent)
        time_off = agent.setdefault("time_off", [])
        for _ in range(rng.randint(0, 3)):
            if time_off and rng.random() < 0.15:  # the same hours again, on another date
                entry = {k: v for k, v in rng.choice(time_off).items() if k not in ("date", "dates")}
                entry.update(date_spec(zone, special))
            else:
                entry = date_spec(zone, special)
                on = named_date(entry)
                if on is not None and rng.random() < 0.55:
                    entry["hours"] = dated_hours(zone, on)
                entry["only"] = rng.choice([None, None, "both", "live_chat", "live_chat", "meetings"])
                if entry["only"] is None:
                    del entry["only"]
                if rng.random() < 0.3:
                    entry["reason"] = rng.choice(["vacation", "sick", "training", "dentist"])
            kept(time_off, entry)
        extra_hours = agent.setdefault("extra_hours", [])
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            entry = date_spec(zone, special)
            on = named_date(entry) or rng.choice(window_days)
            entry["hours"] = dated_hours(zone, on)
            if rng.random() < 0.3:
                entry["reason"] = "launch"
            kept(extra_hours, entry)
        for key in ("time_off", "extra_hours"):
            if not agent[key]:
                del agent[key]

    # Overrides of groups' service hours.
    for g, service in services.items():
        if rng.random() < 0.6:
            continue
        zone = service.get("timezone") or workspace_tz
        overrides = service.setdefault("overrides", [])
        for _ in range(rng.randint(1, 3)):
            entry = date_spec(zone)
            on = named_date(entry)
            if on is not None and rng.random() < 0.65:
                entry["hours"] = dated_hours(zone, on)
            if rng.random() < 0.5:
                entry["name"] = rng.choice(["Black Friday", "Launch", "Closed", "Sale"])
            kept(overrides, entry)
        if not overrides:
            del service["overrides"]

    # Closures: real instants, read in the workspace zone, another zone or UTC.
    closures = []
    if rng.random() < 0.4:
        start = oracle.first_instant_reading(oracle.zone(workspace_tz), dt.datetime.combine(first, dt.time()))
        end = oracle.first_instant_reading(oracle.zone(workspace_tz), dt.datetime.combine(until, dt.time()))
        zones = sorted({zone_of(kind, x) for kind, x in schedules} | {workspace_tz})
        anchors = [t for z in zones for t, _, _ in oracle.clock_changes(z, start - 86400, end + 86400)]
        for _ in range(rng.randint(1, 3)):
            r = rng.random()
            zone = workspace_tz if r < 0.4 else "Etc/UTC" if r < 0.7 else rng.choice(zones + ["Asia/Tokyo"])
            tz = oracle.zone(zone)
            if anchors and rng.random() < 0.5:
                t = rng.choice(anchors) - rng.choice([0, 15, 30, 60, 90, 180]) * 60
            else:
                t = start + rng.randrange(max(1, (end - start) // 900)) * 900
            length = rng.choice([15, 30, 60, 120, 180, 360, 1440, 2880]) * 60
            closure = {"name": rng.choice(["All-hands", "Outage", "Offsite", "Fire drill"])}
            for key in ("from", "until"):
                if key == "until":
                    t += length
                # a reading that occurs twice (a repeated hour) is not allowed
                for _ in range(4):
                    closure[key] = oracle.wall_clock(t, tz).strftime("%Y-%m-%dT%H:%M")
                    if reading_count(zone, closure[key]) == 1:
                        break
                    t += 3600
            if zone != workspace_tz or rng.random() < 0.5:
                closure["timezone"] = zone
            kept(closures, closure)
    if closures:
        doc["closures"] = closures


def generate_case(seed, index):
    rng = random.Random(f"{seed}/{index}")
    dated_rng = random.Random(f"{seed}/{index}/dated")  # the weekly part draws as before
    used = []

    def pick_zone():
        if used and rng.random() < 0.4:
            return rng.choice(used)
        zone = rng.choice(ZONES)
        used.append(zone)
        return zone

    agent_ids = [f"a{i}" for i in range(1, rng.randint(1, 5) + 1)]
    agent_zones = {a: pick_zone() for a in agent_ids}
    workspace_tz = pick_zone()
    group_ids = rng.sample(["alpha", "bravo", "charlie", "delta"], rng.randint(1, 3))
    service_zones = {g: (pick_zone() if rng.random() < 0.7 else None) for g in group_ids}

    # The window: 1-56 days, usually around a clock change of a zone in use;
    # the long ones hold whole weeks between changes, which Roster counts once.
    length = rng.choice([1, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7, 8, 10, 14, 21, 35, 56])
    change = None
    if rng.random() < 0.85:
        candidates = sorted(z for z in set(used) if changes(z, 2001, 2030))
        if candidates:
            change = pick_change(rng, rng.choice(candidates))
    if change is not None:
        local = dt.datetime.fromtimestamp(change[0], oracle.zone(workspace_tz))
        first = local.date() - dt.timedelta(days=rng.randrange(length))
    else:
        first = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(7 * 365))
    # Some windows hold a new year or the end of February, for yearly dates
    # and ranges over a new year, and 02-29 in leap and common years.
    r = dated_rng.random()
    if r < 0.1:
        first = dt.date(dated_rng.randint(2024, 2031), 12, dated_rng.randint(22, 31))
        length = max(length, (dt.date(first.year + 1, 1, 1) - first).days + dated_rng.randint(1, 4))
    elif r < 0.18:
        first = dt.date(dated_rng.choice([2024, 2025, 2027, 2028, 2030, 2032]), 2, dated_rng.randint(24, 28))
        length = max(length, (dt.date(first.year, 3, 1) - first).days + dated_rng.randint(1, 3))
    until = first + dt.timedelta(days=length)

    def spots_of(zone):
        return hot_spots(zone, first - dt.timedelta(days=2), until + dt.timedelta(days=2))

    agents = {}
    for a in agent_ids:
        if rng.random() < 0.08:
            agents[a] = agent_doc(a)  # no live chat
        else:
            zone = agent_zones[a]
            agents[a] = agent_doc(a, zone, random_hours(rng, spots_of(zone), rng.randint(1, 5)))

    groups = {}
    for g in group_ids:
        members = rng.sample(agent_ids, rng.randint(1, len(agent_ids)))
        if rng.random() < 0.05:
            members = []
        elif rng.random() < 0.05:
            members.append(members[0])  # duplicate member: a warning
        group = {"name": f"Group {g}", "agents": members}
        if rng.random() < 0.15:
            group["enabled"] = False
        elif rng.random() < 0.2:
            group["enabled"] = True
        if rng.random() < 0.85:
            zone = service_zones[g]
            service = {}
            if zone is not None:
                service["timezone"] = zone
            service["hours"] = random_service_hours(rng, spots_of(zone or workspace_tz))
            r = rng.random()
            if r < 0.35:
                service["min_agents"] = 1
            elif r < 0.7:
                service["min_agents"] = 2
            group["service_hours"] = service
        groups[g] = group
    if all(group.get("enabled") is False for group in groups.values()):
        del groups[group_ids[0]]["enabled"]

    doc = roster_doc(workspace_tz, agents, groups)
    if dated_rng.random() < 0.75:
        add_dated_entries(dated_rng, doc, first, until)
    problems = dated_problems(doc, first, until)
    assert not problems, (index, problems)
    return {
        "name": f"random #{index} (seed {seed})",
        "doc": doc,
        "from": first.isoformat(), "until": until.isoformat(),
    }


# ---------------------------------------------------------------------------
# Running and comparing


def run_oracle(case):
    doc = yaml.safe_load(to_yaml(case["doc"]))  # exactly what Roster reads
    result = oracle.coverage(from_date=case["from"], until_date=case["until"],
                             **oracle.description_from_config(doc))
    # Sanity: gaps lie in the window, in order, apart, and add up.
    for group in result.groups:
        assert group.promised_seconds - group.covered_seconds == sum(g.seconds for g in group.gaps)
        last_end = result.start
        for g in group.gaps:
            assert last_end <= g.start < g.end <= result.end
            last_end = g.end
    return result


def run_roster(roster, case):
    with tempfile.TemporaryDirectory(prefix="roster-oracle-") as folder:
        with open(os.path.join(folder, "roster.yaml"), "w", encoding="utf-8") as f:
            f.write(to_yaml(case["doc"]))
        command = [roster, "coverage", folder, "--from", case["from"],
                   "--until", case["until"], "--format", "json"]
        try:
            return subprocess.run(command, capture_output=True, text=True, timeout=300)
        except subprocess.TimeoutExpired:
            return None


def gap_line(start, end, agents, zone):
    return (f"{oracle.iso(start, zone)} .. {oracle.iso(end, zone)}"
            f"  {end - start:>7}s  [{', '.join(agents)}]")


def parse_instant(text, zone, what, problems):
    """POSIX seconds of an RFC 3339 string; notes a missing or wrong offset."""
    try:
        value = dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        problems.append(f"{what}: not RFC 3339: {text!r}")
        return None
    if value.tzinfo is None:
        problems.append(f"{what}: no offset: {text!r}")
        return None
    t = value.timestamp()
    if t != int(t):
        problems.append(f"{what}: not a whole second: {text!r}")
        return None
    t = int(t)
    want = dt.datetime.fromtimestamp(t, oracle.zone(zone)).utcoffset()
    if value.utcoffset() != want:
        problems.append(f"{what}: {text!r} carries offset {value.utcoffset()},"
                        f" the workspace zone's is {want} ({oracle.iso(t, zone)})")
    return t


def compare(case, expected, output):
    """Problems (strings) between the oracle's Coverage and Roster's JSON."""
    zone = case["doc"]["workspace"]["timezone"]
    group_min_agents = {
        group_id: ((group.get("service_hours") or {}).get("min_agents", 1))
        for group_id, group in (case["doc"].get("groups") or {}).items()
    }
    problems = []
    try:
        actual = json.loads(output)
    except json.JSONDecodeError as error:
        return [f"stdout is not JSON: {error}"]
    if actual.get("format") != "roster.coverage/1":
        problems.append(f"format: {actual.get('format')!r}")
    if actual.get("tz_database") != oracle.TZ_DATABASE:
        problems.append(f"tz_database: {actual.get('tz_database')!r}, oracle {oracle.TZ_DATABASE}")

    window = actual.get("window") or {}
    for key, want in [("from", case["from"]), ("until", case["until"]), ("timezone", zone)]:
        if window.get(key) != want:
            problems.append(f"window.{key}: {window.get(key)!r}, expected {want!r}")
    for key, want in [("start", expected.start), ("end", expected.end)]:
        got = parse_instant(window.get(key), zone, f"window.{key}", problems)
        if got is not None and got != want:
            problems.append(f"window.{key}: {window.get(key)}, expected {oracle.iso(want, zone)}")

    groups = actual.get("groups") or []
    got_ids = [g.get("id") for g in groups]
    want_ids = [g.id for g in expected.groups]
    if got_ids != want_ids:
        problems.append(f"groups: {got_ids}, expected {want_ids} (enabled, sorted by id)")
    by_id = {g.get("id"): g for g in groups}
    for want in expected.groups:
        got = by_id.get(want.id)
        if got is None:
            continue
        for key in ["promised_seconds", "covered_seconds", "staffed_seconds"]:
            if got.get(key) != getattr(want, key):
                problems.append(f"{want.id}.{key}: {got.get(key)}, expected {getattr(want, key)}")
        problems += week_problems(want, got.get("week") or [], group_min_agents.get(want.id, 1))
        want_lines = [gap_line(g.start, g.end, g.agents, zone) for g in want.gaps]
        got_lines = []
        # Roster cuts a gap where a dated entry starts or stops explaining it
        # (docs/coverage.md): pieces that touch, with the same agents online,
        # are one gap here only when their causes differ.
        previous = None
        for i, g in enumerate(got.get("gaps") or []):
            start = parse_instant(g.get("start"), zone, f"{want.id}.gaps[{i}].start", problems)
            end = parse_instant(g.get("end"), zone, f"{want.id}.gaps[{i}].end", problems)
            if start is None or end is None:
                got_lines.append(f"unreadable: {g}")
                previous = None
                continue
            if g.get("seconds") != end - start:
                problems.append(f"{want.id}.gaps[{i}].seconds: {g.get('seconds')}, end - start is {end - start}")
            agents = g.get("agents") or []
            causes = g.get("causes") or []
            if (previous is not None and previous[1] == start and previous[2] == agents
                    and previous[3] != causes):
                start = previous[0]
                got_lines.pop()
            got_lines.append(gap_line(start, end, agents, zone))
            previous = (start, end, agents, causes)
        if got_lines != want_lines:
            diff = difflib.unified_diff(want_lines, got_lines, "oracle", "roster", lineterm="", n=1)
            problems.append(f"{want.id}.gaps differ ({len(want_lines)} expected, {len(got_lines)} got):\n"
                            + "\n".join("    " + line for line in diff))
    return problems


def report(case, problems, yaml_text, expected):
    print(f"=== MISMATCH {case['name']}: --from {case['from']} --until {case['until']}")
    for problem in problems:
        print(f"  - {problem}")
    print("  roster.yaml:")
    print("\n".join("    " + line for line in yaml_text.splitlines()))
    if expected is not None:
        zone = case["doc"]["workspace"]["timezone"]
        print(f"  oracle: window {oracle.iso(expected.start, zone)} .. {oracle.iso(expected.end, zone)}")
        for g in expected.groups:
            print(f"    {g.id}: promised {g.promised_seconds}, covered {g.covered_seconds},"
                  f" {len(g.gaps)} gaps")
    print()
    sys.stdout.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--roster", help="path of the roster executable")
    parser.add_argument("--cases", type=int, default=60, help="random cases (default 60)")
    parser.add_argument("--seed", default="1", help="seed of the random cases (default 1)")
    parser.add_argument("--only", type=int, help="run only this random case (no fixed ones)")
    parser.add_argument("--oracle-only", action="store_true",
                        help="do not run Roster: check the oracle and generator only")
    parser.add_argument("--print-yaml", action="store_true", help="print every generated roster.yaml")
    args = parser.parse_args()
    if not args.oracle_only and not args.roster:
        parser.error("--roster PATH is required (or --oracle-only)")

    for zone in ZONES:
        oracle.assert_whole_minute_clock_changes(zone)
    check_oracle_on_fixed_cases()

    if args.only is not None:
        cases = [generate_case(args.seed, args.only)]
    else:
        cases = list(FIXED_CASES) + [generate_case(args.seed, i) for i in range(args.cases)]

    failures = 0
    for case in cases:
        yaml_text = to_yaml(case["doc"])
        expected = run_oracle(case)
        if args.print_yaml or args.oracle_only:
            print(f"--- {case['name']}: --from {case['from']} --until {case['until']}")
            if args.print_yaml:
                print(yaml_text)
            zone = case["doc"]["workspace"]["timezone"]
            for g in expected.groups:
                print(f"    {g.id}: promised {g.promised_seconds}, covered {g.covered_seconds}")
                for x in g.gaps:
                    print("      " + gap_line(x.start, x.end, x.agents, zone))
        if args.oracle_only:
            continue
        process = run_roster(args.roster, case)
        if process is None:
            problems = ["roster timed out"]
        elif process.returncode != 0:
            problems = [f"exit status {process.returncode}; stderr:\n"
                        + "\n".join("    " + line for line in process.stderr.splitlines()[:30])]
        else:
            problems = compare(case, expected, process.stdout)
        if problems:
            failures += 1
            report(case, problems, yaml_text, expected)

    if args.oracle_only:
        print(f"differential: {len(cases)} cases generated, oracle only (tz {oracle.TZ_DATABASE})")
        return 0
    print(f"differential: {len(cases)} cases, {failures} mismatches (tz {oracle.TZ_DATABASE})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
