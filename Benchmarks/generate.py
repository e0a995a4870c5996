#!/usr/bin/env python3
"""Writes a large, clean Roster configuration for benchmarks.

usage: generate.py DIR [AGENTS] [distinct|shared] [dated]

AGENTS agents (default 5000) in files of 100, one team and one group per
50 agents (with service hours), a trigger per group, in three time zones and
three locales. With `distinct` (the default) agents' hours differ (7,200
weekly patterns), so that coverage cannot share the work of one agent with
another; with `shared` every agent of a zone keeps the same hours. With
`dated`, each zone has a calendar of public holidays that its agents and
groups observe, one agent in ten takes a week of vacation and one in twenty
an afternoon off, one in twenty-five works extra hours on a Saturday, each
group has an override, and there are two closures (SPEC 9).
"""
import os
import sys

def clock(minutes):
    return f"{minutes // 60:02}:{minutes % 60:02}"


def hours(i):
    if shared:
        return "09:00-12:00, 13:00-17:30"
    return f"{clock(360 + i % 240)}-{clock(540 + i % 240)}, {clock(780 + i // 240 % 30)}-17:30"


root = sys.argv[1]
agents = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
shared = len(sys.argv) > 3 and sys.argv[3] == "shared"
dated = len(sys.argv) > 4 and sys.argv[4] == "dated"
zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo"]
calendars = ["fr-public", "us-public", "jp-public"]
os.makedirs(os.path.join(root, "agents"), exist_ok=True)

with open(os.path.join(root, "roster.yaml"), "w") as f:
    f.write("""workspace:
  name: Benchmark
  timezone: Europe/Paris
  default_locale: en
  locales: [en, fr, de]
  widget_id: 62ac6353e5958733497876ae
fallbacks:
  meeting:
    message: custom
    text: {en: "No slot left.", fr: "Plus de créneau.", de: "Kein Termin frei."}
  live_chat:
    message: custom
    text:
      en: "We are away. [Write to us](https://example.com/contact)"
      fr: "Nous sommes absents. [Écrivez-nous](https://example.com/contact)"
      de: "Wir sind nicht da. [Schreiben Sie uns](https://example.com/contact)"
    offer_meeting_booking: true
""")

for start in range(0, agents, 100):
    with open(os.path.join(root, "agents", f"agents-{start // 100:04}.yaml"), "w") as f:
        f.write("agents:\n")
        for i in range(start, min(start + 100, agents)):
            f.write(f"""  agent-{i}:
    name: Agent Number {i}
    email: Agent.{i}@example.com
    languages: [en, fr]
    live_chat:
      timezone: {zones[i % 3]}
      hours:
        mon-fri: [{hours(i)}]
        sat: 22:00-02:00
      auto_offline_after: 10m
      max_concurrent_chats: 3
""")
            if dated:
                f.write(f"    calendars: [{calendars[i % 3]}]\n")
                off = []
                if i % 10 == 0:
                    week = 1 + i // 10 % 50
                    off.append(f"{{dates: 2026-{1 + week * 7 // 31:02}-01..2026-{1 + week * 7 // 31:02}-05, reason: vacation}}")
                if i % 20 == 5:
                    off.append(f"{{date: 2026-{1 + i // 20 % 12:02}-{10 + i % 17:02}, hours: 13:00-18:00, only: live_chat}}")
                if off:
                    f.write(f"    time_off: [{', '.join(off)}]\n")
                if i % 25 == 3:
                    f.write(f"    extra_hours: [{{date: 2026-{1 + i // 25 % 12:02}-14, hours: 10:00-14:00}}]\n")
            if i % 5 == 0:
                f.write(f"""    meetings:
      calendar: google
      timezone: {zones[i % 3]}
      duration: 30m
      buffer: 10m
      hours: {{tue: 14:00-18:00, thu: [09:00-11:00, 15:00-17:00]}}
      invitation: "Hello {{{{person.first_name}}}}, see you at {{{{meeting.time}}}}. {{{{agent.name}}}}"
""")

units = (agents + 49) // 50
with open(os.path.join(root, "teams.yaml"), "w") as f:
    f.write("teams:\n")
    for t in range(units):
        members = ", ".join(f"agent-{i}" for i in range(t * 50, min(t * 50 + 50, agents)))
        f.write(f"  team-{t}:\n    name: Team {t}\n    agents: [{members}]\n")
with open(os.path.join(root, "groups.yaml"), "w") as f:
    f.write("groups:\n")
    for g in range(units):
        members = ", ".join(f"agent-{i}" for i in range(g * 50, min(g * 50 + 50, agents)))
        f.write(f"  group-{g}:\n    name: {{en: Group {g}, fr: Groupe {g}, de: Gruppe {g}}}\n    agents: [{members}]\n")
        # Service hours in a zone of their own, for `roster coverage`.
        service = f"timezone: {zones[g % 3]}, hours: {{mon-fri: 08:00-18:00}}, min_agents: 2"
        if dated:
            service += f", calendars: [{calendars[g % 3]}]"
            service += f", overrides: [{{date: 2026-{1 + g % 12:02}-{1 + g % 28:02}, hours: 07:00-20:00}}]"
        f.write(f"    service_hours: {{{service}}}\n")
with open(os.path.join(root, "triggers.yaml"), "w") as f:
    f.write("triggers:\n")
    for g in range(units):
        f.write(f"  - name: Pages of group {g}\n    when: {{url_prefix: /g{g:05}/}}\n    assign: group-{g}\n")
if dated:
    with open(os.path.join(root, "calendars.yaml"), "w") as f:
        f.write("""calendars:
  fr-public:
    name: Jours fériés
    days:
      - {date: 01-01, name: Jour de l'an}
      - {date: 2026-04-06, name: Lundi de Pâques}
      - {date: 05-01, name: Fête du Travail}
      - {date: 05-08, name: Victoire 1945}
      - {date: 2026-05-14, name: Ascension}
      - {date: 2026-05-25, name: Lundi de Pentecôte}
      - {date: 07-14, name: Fête nationale}
      - {date: 08-15, name: Assomption}
      - {date: 11-01, name: Toussaint}
      - {date: 11-11, name: Armistice}
      - {date: 12-25, name: Noël}
  us-public:
    name: US holidays
    days:
      - {date: 01-01, name: New Year's Day}
      - {date: 2026-01-19, name: Martin Luther King Jr. Day}
      - {date: 2026-05-25, name: Memorial Day}
      - {date: 07-03, name: Independence Day (observed)}
      - {date: 2026-09-07, name: Labor Day}
      - {date: 2026-11-26, name: Thanksgiving}
      - {date: 2026-11-27, name: Day after Thanksgiving, hours: 09:00-13:00}
      - {date: 12-25, name: Christmas Day}
  jp-public:
    name: 祝日
    days:
      - {dates: 01-01..01-03, name: 正月}
      - {date: 2026-01-12, name: 成人の日}
      - {date: 02-11, name: 建国記念の日}
      - {dates: 2026-04-29..2026-05-06, name: ゴールデンウィーク}
      - {date: 2026-07-20, name: 海の日}
      - {date: 2026-09-21, name: 敬老の日}
      - {date: 11-03, name: 文化の日}
      - {date: 11-23, name: 勤労感謝の日}
closures:
  - {name: All-hands, from: 2026-06-12T14:00, until: 2026-06-12T16:00, timezone: Europe/Paris}
  - {name: Outage drill, from: 2026-10-07T02:00, until: 2026-10-07T03:00, timezone: Etc/UTC}
""")
