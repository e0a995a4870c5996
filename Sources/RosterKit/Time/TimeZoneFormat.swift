/// How times and offsets are spelled in messages and reports.
public enum TimeZoneFormat {
  /// `+01:00`, `−05:00` as RFC 3339 writes it (`-05:00`), `+05:45`; seconds when there are any.
  public static func offset(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let magnitude = abs(seconds)
    var text = sign + CivilDate.pad(magnitude / 3600, 2) + ":" + CivilDate.pad(magnitude % 3600 / 60, 2)
    if magnitude % 60 != 0 { text += ":" + CivilDate.pad(magnitude % 60, 2) }
    return text
  }
}
