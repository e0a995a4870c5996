/// `roster diff --format json`: `"format": "roster.diff/1"`, sorted keys, the
/// snapshot's serializer; its JSON Schema is `schema/diff.schema.json`
/// (`roster schema --diff`). Instants are RFC 3339 with the workspace
/// zone's offset, as in `roster.coverage/1`.
public enum DiffJSON {
  public static let format = "roster.diff/1"

  public static func render(_ report: DiffReport) -> String { value(report).prettyPrinted() }

  static func value(_ report: DiffReport) -> JSONValue {
    [
      "format": .string(format),
      "old": side(report.old),
      "new": side(report.new),
      "differs": .bool(report.differs),
      "changes": .array(report.changes.map(change)),
      "impact": [
        "snippets": .array(report.snippets.map { ["group": .string($0.group), "reason": .string($0.reason)] }),
        "diagnostics": report.diagnostics.map(diagnostics) ?? .null,
        "coverage": report.coverage.map(coverage) ?? .null,
        "coverage_note": report.coverageNote.map(JSONValue.string) ?? .null,
      ],
    ]
  }

  static func side(_ side: DiffReport.Side) -> JSONValue {
    [
      "source": .string(side.label), "format": .string(side.format),
      "error_findings": .array(side.errorFindings.map(finding)),
      "unread_files": .array(side.unreadFiles.map(JSONValue.string)),
      "digest": side.digest.map(JSONValue.string) ?? .null,
      "errors": side.errors.map(JSONValue.integer) ?? .null,
      "warnings": side.warnings.map(JSONValue.integer) ?? .null,
    ]
  }

  static func change(_ change: EntityChange) -> JSONValue {
    [
      "section": .string(change.section), "id": change.id.map(JSONValue.string) ?? .null,
      "kind": .string(change.kind.rawValue), "summary": change.summary.map(JSONValue.string) ?? .null,
      "fields": .array(
        change.fields.map {
          [
            "field": .string($0.field), "label": .string($0.label), "scope": $0.scope.map(JSONValue.string) ?? .null,
            "old": $0.old.map(JSONValue.string) ?? .null, "new": $0.new.map(JSONValue.string) ?? .null,
          ]
        }),
    ]
  }

  static func finding(_ impact: DiffReport.DiagnosticImpact) -> JSONValue {
    [
      "rule": .string(impact.rule), "severity": .string(impact.severity), "message": .string(impact.message),
      "place": .string(impact.place),
    ]
  }

  static func diagnostics(_ changes: DiffReport.DiagnosticChanges) -> JSONValue {
    [
      "appeared": .array(changes.appeared.map(finding)),
      "disappeared": .array(changes.disappeared.map(finding)),
      "changed": .array(changes.changed.map { ["old": finding($0.old), "new": finding($0.new)] }),
      "not_checked": .array(changes.notChecked.map(finding)),
    ]
  }

  static func coverage(_ impact: DiffReport.CoverageImpact) -> JSONValue {
    let zone = impact.zone
    func seconds(_ side: (promised: Int64, covered: Int64)?) -> JSONValue {
      guard let side else { return .null }
      return [
        "promised_seconds": .integer(Int(side.promised)), "covered_seconds": .integer(Int(side.covered)),
        "share": side.promised > 0 ? .number(CoverageText.share(side.covered, of: side.promised)) : .null,
      ]
    }
    func gap(_ gap: DiffReport.GapImpact) -> JSONValue {
      [
        "when": .string(gap.when), "seconds": .integer(Int(gap.seconds)),
        "causes": .array(gap.causes.map(JSONValue.string)),
        "spans": .array(
          gap.spans.map {
            [
              "start": .string(CoverageJSON.rfc3339($0.start, in: zone)),
              "end": .string(CoverageJSON.rfc3339($0.end, in: zone)),
            ]
          }),
      ]
    }
    return [
      "window": ["from": .string(impact.window.from.iso), "until": .string(impact.window.until.iso)],
      "timezone": .string(impact.timezone),
      "groups": .array(
        impact.groups.map {
          [
            "group": .string($0.group), "changed": .bool($0.changed), "before": seconds($0.before),
            "after": seconds($0.after), "gaps_appeared": .array($0.appeared.map(gap)),
            "gaps_disappeared": .array($0.disappeared.map(gap)),
            "closed": .array($0.noLongerPromised.map(gap)),
            "reopened": .array($0.promisedAgain.map(gap)),
          ]
        }),
    ]
  }

  // MARK: - Schema

  /// The JSON Schema (draft 2020-12) of `roster.diff/1`.
  public static func schema() -> String { schemaValue().prettyPrinted() }

  static func schemaValue() -> JSONValue {
    let text: JSONValue = ["type": "string"]
    let optionalText: JSONValue = ["type": ["string", "null"]]
    func object(_ properties: [String: JSONValue], description: String) -> JSONValue {
      [
        "type": "object", "description": .string(description), "additionalProperties": false,
        "required": .array(properties.keys.sorted().map(JSONValue.string)), "properties": .object(properties),
      ]
    }
    func described(_ schema: JSONValue, _ description: String) -> JSONValue {
      guard case .object(var members) = schema else { return schema }
      members["description"] = .string(description)
      return .object(members)
    }
    let finding = object(
      [
        "rule": described(text, "The rule id."),
        "severity": described(["enum": ["error", "warning"]], "The severity."),
        "message": described(text, "The message."),
        "place": described(text, "path:line, relative to the side's root."),
      ], description: "A finding of one side.")
    let side = object(
      [
        "error_findings": described(
          ["type": "array", "items": finding],
          "The errors of a configuration side, listed: it is compared all the same."),
        "unread_files": described(
          ["type": "array", "items": text],
          "Files that could not be read; what they define is taken as the other side has it."),
        "source": described(text, "The side as given: a folder, a snapshot.json, or git:REV."),
        "format": described(text, "The snapshot format the side was read in, such as roster.snapshot/2."),
        "digest": described(optionalText, "The digest of the side's snapshot."),
        "errors": described(
          ["type": ["integer", "null"], "minimum": 0], "Errors of a configuration side; null for a snapshot file."),
        "warnings": described(
          ["type": ["integer", "null"], "minimum": 0], "Warnings of a configuration side; null for a snapshot file."),
      ], description: "One side of the comparison.")
    let field = object(
      [
        "field": described(text, "The key as written in YAML, such as live_chat.hours."),
        "label": described(text, "The key in words, such as live-chat hours."),
        "scope": described(
          optionalText, "The part of the key: a day range of weekly hours, the dates of a dated entry."),
        "old": described(optionalText, "The value before, as written; null when it was not there."),
        "new": described(optionalText, "The value after, as written; null when it is gone."),
      ], description: "One key that changed.")
    let change = object(
      [
        "section": described(
          ["enum": ["workspace", "fallbacks", "agent", "team", "group", "calendar", "closure", "trigger"]],
          "What kind of entity changed."),
        "id": described(
          optionalText, "The id, the trigger's or the closure's name; null for the workspace and fallbacks."),
        "kind": described(["enum": ["added", "removed", "changed", "moved"]], "How it changed."),
        "summary": described(optionalText, "What an added or removed entity is, or where a trigger moved."),
        "fields": described(["type": "array", "items": field], "The keys that changed."),
      ], description: "One entity that changed.")
    let diagnostics = object(
      [
        "appeared": described(["type": "array", "items": finding], "Findings of the new side only."),
        "disappeared": described(["type": "array", "items": finding], "Findings of the old side only."),
        "changed": described(
          [
            "type": "array",
            "items": object(["old": finding, "new": finding], description: "One finding whose message changed."),
          ], "The same rule at the same place with another message."),
        "not_checked": described(
          ["type": "array", "items": finding],
          "Findings of one side that the other, with errors or unread files, did not check for."),
      ], description: "Findings that differ between the sides.")
    let seconds: JSONValue = [
      "oneOf": [
        ["type": "null"],
        object(
          [
            "promised_seconds": described(
              ["type": "integer", "minimum": 0], "Seconds of service hours in the window."),
            "covered_seconds": described(
              ["type": "integer", "minimum": 0], "Of those, seconds with enough agents online."),
            "share": described(
              ["type": ["number", "null"], "minimum": 0, "maximum": 1],
              "covered_seconds / promised_seconds, cut to four decimals; null without service hours."),
          ], description: "A group's coverage on one side."),
      ]
    ]
    let gap = object(
      [
        "when": described(text, "every mon 09:00-10:00, or a date and local times, in the workspace time zone."),
        "seconds": described(["type": "integer", "minimum": 0], "Seconds of the gap over the window."),
        "causes": described(
          ["type": "array", "items": text], "The changes that made it: agents and what changed about them."),
        "spans": described(
          [
            "type": "array",
            "items": object(
              [
                "start": described(["type": "string", "format": "date-time"], "RFC 3339 with the workspace offset."),
                "end": described(["type": "string", "format": "date-time"], "RFC 3339 with the workspace offset."),
              ], description: "A stretch of real time."),
          ], "The real stretches it stands for."),
      ], description: "A stretch that became, or stopped being, a gap.")
    let group = object(
      [
        "group": described(text, "The group id."),
        "changed": described(["type": "boolean"], "True when its coverage or gaps differ."),
        "before": described(seconds, "Its coverage on the old side; null when it is not enabled there."),
        "after": described(seconds, "Its coverage on the new side; null when it is not enabled there."),
        "gaps_appeared": described(["type": "array", "items": gap], "Gaps of the new side only."),
        "gaps_disappeared": described(["type": "array", "items": gap], "Gaps of the old side only."),
        "closed": described(
          ["type": "array", "items": gap], "Service hours that dated entries take out on the new side only."),
        "reopened": described(
          ["type": "array", "items": gap], "Service hours that dated entries took out on the old side only."),
      ], description: "One enabled group's coverage before and after.")
    let date: JSONValue = ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
    let coverage = object(
      [
        "window": described(
          object(
            ["from": described(date, "The first date."), "until": described(date, "The date after the last.")],
            description: "The window compared."), "The window compared, in the workspace time zone."),
        "timezone": described(text, "The workspace time zone of the new side."),
        "groups": described(["type": "array", "items": group], "Every group enabled on either side, by id."),
      ], description: "Coverage before and after, with a window.")
    var top = object(
      [
        "format": described(["const": .string(format)], "This format's version."),
        "old": described(side, "The side before."),
        "new": described(side, "The side after."),
        "differs": described(["type": "boolean"], "True when the sides differ in anything shown."),
        "changes": described(["type": "array", "items": change], "The changes, workspace first, triggers last."),
        "impact": object(
          [
            "snippets": described(
              [
                "type": "array",
                "items": object(
                  ["group": described(text, "The group id."), "reason": described(text, "What changed.")],
                  description: "A snippet to paste again or take off."),
              ], "Snippets to paste again or take off the site."),
            "diagnostics": described(
              ["oneOf": [["type": "null"], diagnostics]], "Findings that differ; null when a side is a snapshot file."),
            "coverage": described(
              ["oneOf": [["type": "null"], coverage]],
              "Coverage before and after; null without a window or configurations."),
            "coverage_note": described(optionalText, "Why there is no coverage part."),
          ], description: "What the changes do."),
      ], description: "What changed between two Roster configurations, and its impact (roster diff --format json).")
    if case .object(var members) = top {
      members["$schema"] = .string(JSONSchema.dialect)
      members["$comment"] = "Generated by `roster schema --diff`: do not edit."
      top = .object(members)
    }
    return top
  }
}
