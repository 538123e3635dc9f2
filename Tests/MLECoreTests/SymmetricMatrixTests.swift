import Testing

@testable import MLECore

/// The small symmetric matrices of a fit: inverse, solve, definiteness and correlation.
@Suite struct SymmetricMatrixTests {
    static let matrix = SymmetricMatrix(rows: [[4, 1, 2], [1, 3, 0.5], [2, 0.5, 5]])

    @Test func theInverseTimesTheMatrixIsTheIdentity() throws {
        let inverse = try #require(Self.matrix.inverse)
        for i in 0..<3 {
            for j in 0..<3 {
                let product = (0..<3).reduce(0.0) { $0 + Self.matrix[i, $1] * inverse[$1, j] }
                #expect(abs(product - (i == j ? 1 : 0)) < 1e-15, "(\(i), \(j))")
                #expect(inverse[i, j] == inverse[j, i])
            }
        }
        // numpy.linalg.inv([[4, 1, 2], [1, 3, 0.5], [2, 0.5, 5]])[0][0] = 14.75/44 (the cofactor over the determinant).
        #expect(abs(inverse[0, 0] - 14.75 / 44) < 1e-15)
    }

    @Test func solveGivesTheVectorThatMapsToTheRightSide() throws {
        let x = try #require(Self.matrix.solve([1, 2, 3]))
        for i in 0..<3 {
            #expect(abs((0..<3).reduce(0.0) { $0 + Self.matrix[i, $1] * x[$1] } - Double(i + 1)) < 1e-14)
        }
        #expect(SymmetricMatrix(rows: [[1, 2], [2, 4]]).solve([1, 1]) == nil)
        #expect(SymmetricMatrix(rows: [[1e308, 0], [0, .infinity]]).inverse == nil)
    }

    @Test func negativeDefinitenessIsDecidedByCholesky() {
        #expect(Self.matrix.map { -Self.matrix[$0, $1] }.isNegativeDefinite)
        #expect(!Self.matrix.isNegativeDefinite)
        // Negative diagonal, but the determinant of the 2 × 2 block is negative: a saddle.
        #expect(!SymmetricMatrix(rows: [[-1, 2], [2, -1]]).isNegativeDefinite)
        #expect(SymmetricMatrix(rows: []).isNegativeDefinite)
    }

    @Test func aHessianBecomesTheSameMatrix() {
        let matrix = SymmetricMatrix(Hessian(-2, 0.5, -3))
        #expect(matrix.rows == [[-2, 0.5], [0.5, -3]])
        #expect(SymmetricMatrix(Hessian(7)).rows == [[7]])
    }

    @Test func theCorrelationScalesByTheStandardDeviationsAndLeavesNaNWhereThereIsNone() {
        let correlation = Self.matrix.correlation
        #expect(correlation[0, 0] == 1 && correlation[2, 2] == 1)
        #expect(abs(correlation[0, 2] - 2 / (4.0 * 5).squareRoot()) < 1e-15)
        let partial = SymmetricMatrix(rows: [[4, .nan], [.nan, .nan]]).correlation
        #expect(partial[0, 0] == 1 && partial[0, 1].isNaN && partial[1, 1].isNaN)
    }
}
