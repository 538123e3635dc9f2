/// A small dense symmetric matrix of any dimension: the covariance or correlation matrix of a fit's
/// estimates, or the Hessian block a Newton step solves with. Inverted by Gauss–Jordan elimination
/// with partial pivoting, which is exact enough for the few-by-few matrices of a fit.
public struct SymmetricMatrix: Sendable, Hashable {
    /// The rows; row i is column i.
    public let rows: [[Double]]

    /// The matrix with these rows.
    ///
    /// - Precondition: square and symmetric (entry (i, j) equals entry (j, i), NaNs included).
    public init(rows: [[Double]]) {
        precondition(rows.allSatisfy { $0.count == rows.count }, "a symmetric matrix is square")
        precondition(
            rows.indices.allSatisfy { i in
                rows.indices.allSatisfy { j in rows[i][j] == rows[j][i] || (rows[i][j].isNaN && rows[j][i].isNaN) }
            }, "a symmetric matrix equals its transpose")
        self.rows = rows
    }

    /// The same 1 × 1 or 2 × 2 matrix as `hessian`.
    public init(_ hessian: Hessian) {
        self.init(rows: (0..<hessian.dimension).map { i in (0..<hessian.dimension).map { hessian[i, $0] } })
    }

    /// The number of rows (and columns).
    public var dimension: Int { rows.count }

    /// Entry (i, j), 0-based.
    public subscript(i: Int, j: Int) -> Double { rows[i][j] }

    /// The matrix with entry (i, j) replaced by `entry(i, j)` for every i, j.
    public func map(_ entry: (Int, Int) -> Double) -> SymmetricMatrix {
        SymmetricMatrix(rows: rows.indices.map { i in rows.indices.map { j in entry(i, j) } })
    }

    /// The inverse, or nil when the matrix is singular or an entry of it or its inverse is not finite.
    ///
    /// - Complexity: O(d³) for dimension d.
    public var inverse: SymmetricMatrix? {
        let n = dimension
        var a = rows.enumerated().map { i, row in row + (0..<n).map { $0 == i ? 1.0 : 0.0 } }
        for column in 0..<n {
            guard let pivot = (column..<n).max(by: { abs(a[$0][column]) < abs(a[$1][column]) }),
                a[pivot][column] != 0, a[pivot][column].isFinite
            else { return nil }
            a.swapAt(column, pivot)
            let divisor = a[column][column]
            a[column] = a[column].map { $0 / divisor }
            for row in 0..<n where row != column {
                let factor = a[row][column]
                if factor != 0 { a[row] = zip(a[row], a[column]).map { $0 - factor * $1 } }
            }
        }
        let inverse = a.map { Array($0[n...]) }
        guard inverse.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { return nil }
        // Rounding leaves the computed inverse a few ulps from symmetric: average the two halves.
        return SymmetricMatrix(rows: (0..<n).map { i in (0..<n).map { j in 0.5 * (inverse[i][j] + inverse[j][i]) } })
    }

    /// x with Mx = `right`, or nil when the matrix is singular.
    public func solve(_ right: [Double]) -> [Double]? {
        precondition(right.count == dimension, "dimensions differ: the matrix is \(dimension), v is \(right.count)")
        return inverse.map { inverse in inverse.rows.map { row in zip(row, right).reduce(0) { $0 + $1.0 * $1.1 } } }
    }

    /// Whether the matrix is negative definite (ℓ curves down in every direction, a Hessian at a
    /// maximum), by a Cholesky factorisation of its negative.
    public var isNegativeDefinite: Bool {
        let n = dimension
        var lower = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in 0...i {
                var sum = -rows[i][j]
                for k in 0..<j { sum -= lower[i][k] * lower[j][k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return false }
                    lower[i][i] = sum.squareRoot()
                } else {
                    lower[i][j] = sum / lower[j][j]
                }
            }
        }
        return true
    }

    /// The correlation matrix of a covariance matrix: cᵢⱼ/√(cᵢᵢcⱼⱼ), 1 on the diagonal; NaN in the
    /// row and column of an entry whose variance is not a positive finite number.
    public var correlation: SymmetricMatrix {
        func hasVariance(_ i: Int) -> Bool { rows[i][i] > 0 && rows[i][i].isFinite }
        return map { i, j in
            guard hasVariance(i) && hasVariance(j) else { return .nan }
            return i == j ? 1 : rows[i][j] / (rows[i][i].squareRoot() * rows[j][j].squareRoot())
        }
    }
}
