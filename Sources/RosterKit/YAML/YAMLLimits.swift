/// Bounds that make hostile input fail fast: deep nesting, alias bombs, huge files.
public struct YAMLLimits: Sendable {
  /// The largest file read, in bytes.
  public var maxFileBytes: Int
  /// The deepest nesting of lists and mappings.
  public var maxDepth: Int
  /// How many nodes aliases may add to one file in all.
  public var maxAliasNodes: Int

  /// `maxFileBytes` is capped so that every byte offset fits the 32 bits of a source range.
  public init(maxFileBytes: Int = 16 << 20, maxDepth: Int = 32, maxAliasNodes: Int = 100_000) {
    self.maxFileBytes = min(maxFileBytes, Int(UInt32.max / 2))
    self.maxDepth = maxDepth
    self.maxAliasNodes = maxAliasNodes
  }

  public static let standard = YAMLLimits()
}
