extension Rule {
  static let duplicateSection = Rule(
    .duplicateSection,
    summary: "`workspace`, `fallbacks` or `triggers` in more than one file",
    explanation: """
      `workspace` and `fallbacks` describe the whole account, and `triggers` \
      is an ordered list: each may be written in one place only, so that \
      nobody has to guess which copy wins or how two lists interleave.
      """,
    bad: Example(files: [
      "roster.yaml": "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n",
      "more.yaml":
        "workspace: {name: Acme, timezone: Europe/Berlin, default_locale: en}  # expect: duplicate-section\n",
    ]),
    good: Example(files: [
      "roster.yaml": "workspace: {name: Acme, timezone: Europe/Paris, default_locale: en}\n"
    ]),
    detection: .loader)
}
