extension RandomAccessCollection where Index == Int {
  /// The first position where `isBefore` no longer holds, in a collection
  /// where it holds for a prefix of the elements and for none after: a
  /// binary search. `endIndex` when it holds for all.
  func partitionPoint(where isBefore: (Element) -> Bool) -> Int {
    var low = startIndex
    var high = endIndex
    while low < high {
      let middle = low + (high - low) / 2
      if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  /// The position of the last element for which `isAtOrBefore` holds, in a
  /// collection where it holds for a prefix; the first position when it
  /// holds for none.
  func lastPosition(where isAtOrBefore: (Element) -> Bool) -> Int {
    Swift.max(partitionPoint(where: isAtOrBefore) - 1, startIndex)
  }
}
