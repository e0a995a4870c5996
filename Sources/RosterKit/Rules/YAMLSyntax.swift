extension Rule {
  static let yamlSyntax = Rule(
    .yamlSyntax,
    summary: "libyaml rejects the text",
    explanation: """
      The file is not valid YAML, or uses a tag other than the standard ones. \
      The message and position are libyaml's. Nothing else is checked in a \
      configuration until every file parses, since a broken file hides the \
      agents and groups it defines.
      """,
    bad: Example(
      """
      workspace:
        name: Acme: Chat  # expect: yaml-syntax
        timezone: Europe/Paris
        default_locale: en

      """),
    good: Example(
      """
      workspace:
        name: "Acme: Chat"
        timezone: Europe/Paris
        default_locale: en

      """),
    detection: .loader)
}
