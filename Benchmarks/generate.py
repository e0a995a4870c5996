#!/usr/bin/env python3
"""Writes a large, clean Roster configuration for benchmarks.

usage: generate.py DIR [AGENTS] [distinct|shared]

AGENTS agents (default 5000) in files of 100, one team and one group per
50 agents (with service hours), a trigger per group, in three time zones and
three locales. With `distinct` (the default) agents' hours differ (7,200
weekly patterns), so that coverage cannot share the work of one agent with
another; with `shared` every agent of a zone keeps the same hours.
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
zones = ["Europe/Paris", "America/New_York", "Asia/Tokyo"]
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
        f.write(f"    service_hours: {{timezone: {zones[g % 3]}, hours: {{mon-fri: 08:00-18:00}}, min_agents: 2}}\n")
with open(os.path.join(root, "triggers.yaml"), "w") as f:
    f.write("triggers:\n")
    for g in range(units):
        f.write(f"  - name: Pages of group {g}\n    when: {{url_prefix: /g{g:05}/}}\n    assign: group-{g}\n")
