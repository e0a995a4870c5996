extension Rule {
  static let invalidEncoding = Rule(
    .invalidEncoding,
    summary: "the file is not UTF-8",
    explanation: """
      Roster reads files as UTF-8, with or without a byte-order mark. A file \
      saved in Latin-1 or UTF-16 must be converted, for example with \
      `iconv -f latin1 -t utf-8`.
      """,
    bad: Example(rawFiles: [
      .init(
        path: "roster.yaml",
        bytes: Array("workspace:\n  name: Acme Caf".utf8) + [0xE9]
          + Array("  # expect: invalid-encoding\n  timezone: Europe/Paris\n  default_locale: en\n".utf8))
    ]),
    good: Example(
      """
      workspace:
        name: Acme Café
        timezone: Europe/Paris
        default_locale: en

      """),
    detection: .loader)
}
