/// One slot per task of a parallel loop, each written by its own task.
final class ResultSlots<Value>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Value?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  /// Called once per index, from any thread; indices never collide.
  func store(_ value: Value, at index: Int) { slots[index] = value }

  var values: [Value] { slots.map { $0! } }
}
