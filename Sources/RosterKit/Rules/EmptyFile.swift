extension Rule {
  static let emptyFile = Rule(
    .emptyFile,
    summary: "a file holds no document",
    explanation: """
      A configuration file with only comments, or nothing at all, is usually \
      a leftover or a file whose content was lost. Delete it, or give it content.
      """,
    bad: Example(files: [
      "roster.yaml": "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n",
      "agents.yaml": "# agents move here soon  # expect: empty-file\n",
    ]),
    good: Example(files: [
      "roster.yaml": "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"
    ]),
    detection: .loader)
}
