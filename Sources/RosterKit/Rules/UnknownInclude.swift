extension Rule {
  static let unknownInclude = Rule(
    .unknownInclude,
    summary: "an `include:` pattern matches no file",
    explanation: """
      With `include:`, Roster reads roster.yaml and the files its patterns \
      select, relative to the root. A pattern that selects nothing is \
      usually a typo (`group.yaml` for `groups.yaml`), and what that file \
      defines would then be reported as unknown everywhere it is used; so \
      the checks that look across files do not run until it is fixed. The \
      hint names the file or pattern it may mean.
      """,
    bad: Example(files: [
      "roster.yaml": """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      include:
        - agents.yaml
        - group.yaml  # expect: unknown-include

      """,
      "agents.yaml": """
      agents:
        alice: {name: Alice Martin, email: alice@acme.example}

      """,
      "groups.yaml": """
      groups:
        support: {name: Support, agents: [alice], code: acme-support-2024}

      """,
    ]),
    good: Example(files: [
      "roster.yaml": """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      include:
        - agents.yaml
        - groups.yaml

      """,
      "agents.yaml": """
      agents:
        alice:
          name: Alice Martin
          email: alice@acme.example
          live_chat: {timezone: Europe/Paris, hours: {mon-fri: 09:00-17:00}}

      """,
      "groups.yaml": """
      groups:
        support: {name: Support, agents: [alice], code: acme-support-2024}

      """,
    ]),
    detection: .loader)
}
