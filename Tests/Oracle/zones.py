#!/usr/bin/env python3
"""Checks Roster's built-in time zones against Python's zoneinfo.

    python3 Tests/Oracle/zones.py ZONES.json

ZONES.json, written by the Swift test TimeZoneOracleTests, holds Roster's
answer for every name it knows: {"version": "2026f", "from": T0, "to": T1,
"zones": {name: {"initial": offset at T0, "changes": [[at, before, after], ...]}}}.
zoneinfo reads the same IANA release from the PyPI `tzdata` package (never the
system's files). Every change must be one in zoneinfo, and between changes the
offset must be the one Roster says, sampled every two days and an hour, and checked at each change.
"""

import json
import sys
import zoneinfo
from datetime import datetime, timezone

zoneinfo.reset_tzpath(to=[])
import tzdata  # noqa: E402


def offset(zone, instant):
    return int(datetime.fromtimestamp(instant, timezone.utc).astimezone(zone).utcoffset().total_seconds())


def main():
    data = json.load(open(sys.argv[1]))
    if data["version"] != tzdata.IANA_VERSION:
        print(f"zones: Roster carries tz {data['version']}, the tzdata package is {tzdata.IANA_VERSION}")
        return 1
    start, end = data["from"], data["to"]
    step = 2 * 86400 + 3600 + 17 * 60  # not a divisor of a day, so samples fall at every hour over time
    problems = 0
    names = sorted(data["zones"])
    missing = sorted(set(zoneinfo.available_timezones()) - set(names) - {"Factory", "localtime"})
    for name in missing:
        print(f"{name}: zoneinfo knows it, Roster does not")
        problems += 1
    for name in names:
        zone = zoneinfo.ZoneInfo(name)
        entry = data["zones"][name]
        changes = entry["changes"]
        current = entry["initial"]
        if offset(zone, start) != current:
            print(f"{name}: at {start} Roster says {current}, zoneinfo {offset(zone, start)}")
            problems += 1
        index = 0
        instant = start
        while instant < end and problems < 50:
            while index < len(changes) and changes[index][0] <= instant:
                at, before, after = changes[index]
                if (offset(zone, at - 1), offset(zone, at)) != (before, after):
                    print(f"{name}: change at {at} Roster {before}->{after}, "
                          f"zoneinfo {offset(zone, at - 1)}->{offset(zone, at)}")
                    problems += 1
                current = after
                index += 1
            if offset(zone, instant) != current:
                print(f"{name}: at {instant} Roster says {current}, zoneinfo {offset(zone, instant)}")
                problems += 1
                break
            instant += step
    print(f"zones: {len(names)} names checked from {start} to {end}, {problems} problems (tz {tzdata.IANA_VERSION})")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
