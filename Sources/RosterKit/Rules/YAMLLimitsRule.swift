extension Rule {
  static let yamlLimits = Rule(
    .yamlLimits,
    summary: "nesting, alias expansion or file size over the limits",
    explanation: """
      Roster stops reading a file that nests lists and mappings more than 32 \
      levels deep, whose aliases expand to more than 100,000 nodes (an "alias \
      bomb"), or that is larger than 16 MiB. No real configuration comes near.
      """,
    bad: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      a: &a [x, x, x, x, x, x, x, x, x, x]
      b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
      c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
      d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
      e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]  # expect: yaml-limits

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}

      """),
    detection: .loader)
}
