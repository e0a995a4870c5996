extension Rule {
  static let missingWorkspace = Rule(
    .missingWorkspace,
    summary: "no `workspace` section",
    explanation: """
      Every configuration has one `workspace` section, usually in roster.yaml: \
      its name, time zone and locales are needed to check and build the rest.
      """,
    bad: Example(
      """
      teams: {}  # expect: missing-workspace

      """),
    good: Example(
      """
      workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}
      teams: {}

      """),
    detection: .check { configuration, diagnostics in
      guard configuration.workspace == nil, !configuration.writtenSections.contains("workspace") else {
        return
      }
      diagnostics.report(
        .missingWorkspace, "the configuration has no 'workspace' section",
        at: .fileStart(configuration.rootFile),
        hint: "add 'workspace:' with name, timezone and default_locale to roster.yaml")
    })
}
