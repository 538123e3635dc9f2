/// Repeated values: a location-scale likelihood whose density grows without bound at its
/// location (Student-t, Cauchy) has no maximum when too many values sit at one point.
enum Ties {
    /// The value repeated most often and how often (the smallest such value on a tie of ties);
    /// (0, 0) for no values.
    ///
    /// - Complexity: O(n log n).
    static func largest(in values: [Double]) -> (value: Double, count: Int) {
        guard !values.isEmpty else { return (0, 0) }
        let sorted = values.sorted()
        var tie = (value: 0.0, count: 0)
        var start = 0
        for end in 1...sorted.count where end == sorted.count || sorted[end] != sorted[start] {
            if end - start > tie.count { tie = (sorted[start], end - start) }
            start = end
        }
        return tie
    }
}
