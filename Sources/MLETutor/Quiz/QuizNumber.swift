import Foundation

/// Locale-free formatting of the numbers a quiz shows.
enum QuizNumber {
    /// `value` with as many decimals as reach the tolerance's first significant digit (0.005
    /// gives three), trailing zeros dropped, never `-0`.
    static func format(_ value: Double, tolerance: Double) -> String {
        // The small nudge keeps a tolerance of exactly 0.01 at two places despite rounding in log10.
        let places = min(8, max(0, Int((-log10(tolerance) - 1e-9).rounded(.up))))
        return format(value, places: places)
    }

    /// `value` with at most `places` decimals, trailing zeros dropped, never `-0`.
    static func format(_ value: Double, places: Int) -> String {
        NumberText.trimmingZeros(NumberText.plainDecimal(value, decimals: places) ?? "\(value)")
    }
}
