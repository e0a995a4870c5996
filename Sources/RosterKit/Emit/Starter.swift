/// What `roster init` writes: a small configuration that checks clean, to
/// edit into one's own, and the input schema beside it for editors.
public enum Starter {
  /// The files by path relative to the new root.
  public static var files: [(path: String, contents: String)] {
    [
      ("roster.schema.json", JSONSchema.input()),
      ("roster.yaml", rosterYAML),
      ("agents.yaml", agentsYAML),
      ("teams.yaml", teamsYAML),
      ("groups.yaml", groupsYAML),
    ]
  }

  /// The first line of each YAML file: editors that use yaml-language-server
  /// complete and check keys from the schema beside it.
  static let schemaLine = "# yaml-language-server: $schema=roster.schema.json\n"

  static let rosterYAML =
    schemaLine + """
      # The workspace: edit, then run `roster check`. `roster explain KEY` explains any key,
      # such as `roster explain live_chat.hours`.
      workspace:
        name: Example Company
        timezone: Europe/Paris
        default_locale: en
        locales: [en, fr]

      fallbacks:
        live_chat:
          message: custom
          text:
            en: "We are away. [Leave us a message](https://example.com/contact)"
            fr: "Nous sommes absents. [Laissez-nous un message](https://example.com/contact)"

      """

  static let agentsYAML =
    schemaLine + """
      # Agents, each with live-chat hours in their own time zone.
      agents:
        camille:
          name: Camille Martin
          email: camille@example.com
          languages: [fr, en]
          live_chat:
            timezone: Europe/Paris
            hours:
              mon-fri: [09:00-12:30, 13:30-17:30]
        jordan:
          name: Jordan Lee
          email: jordan@example.com
          languages: [en]
          live_chat:
            timezone: America/New_York
            hours:
              mon-fri: 09:00-17:00

      """

  static let teamsYAML =
    schemaLine + """
      teams:
        support:
          name: Support
          agents: [camille, jordan]

      """

  static let groupsYAML =
    schemaLine + """
      # One snippet per enabled group: `roster build` writes them.
      groups:
        support:
          name: {en: Support, fr: Support client}
          agents: [camille, jordan]
          code: 0123456789abcdef   # replace with the group code on your chat platform's group page

      """
}
