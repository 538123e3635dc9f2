import MLECore

/// A question answered with a formula in the data, graded by evaluating it on several seeded
/// samples against the key: every algebraically equal form is right, and a wrong one is shown a
/// sample where it differs.
struct FormulaQuestion: Sendable {
    /// What the learner's formula must equal on every sample.
    enum Key: Sendable {
        /// A formula, as a lesson author writes it.
        case formula(EstimatorFormula)
        /// A closed-form estimator of MLECore.
        case estimator(FormulaEstimator)

        /// The key's value on `sample`.
        func value(on sample: [Double]) -> Double {
            switch self {
            case .formula(let formula): return formula.value(on: sample)
            case .estimator(let estimator): return estimator.value(on: sample)
            }
        }

        /// How the right answer is written for the learner.
        var shown: String {
            switch self {
            case .formula(let formula): return formula.text
            case .estimator(let estimator): return estimator.formula
            }
        }
    }

    var key: Key
    /// The samples the formula is checked on; the first is the one shown when none differs sooner.
    var samples: [[Double]]
    /// Why the answer is what it is, shown once the question is settled.
    var explanation: MarkdownDocument

    /// - Precondition: at least one sample, none empty.
    init(key: Key, samples: [[Double]], explanation: MarkdownDocument) {
        precondition(!samples.isEmpty && samples.allSatisfy { !$0.isEmpty }, "a formula question needs samples")
        self.key = key
        self.samples = samples
        self.explanation = explanation
    }

    /// Relative agreement that counts as equal: far above rounding, far below any real difference.
    static let tolerance = 1e-9

    /// Right when the formula agrees with the key on every sample (both undefined counts as
    /// agreeing); otherwise wrong, with the first sample where they differ.
    func grade(_ formula: EstimatorFormula) -> Grade {
        for sample in samples {
            let given = formula.value(on: sample)
            let expected = key.value(on: sample)
            if !Self.agree(given, expected) {
                return Grade(
                    verdict: .wrong,
                    counterexample: FormulaCounterexample(values: sample, given: given, expected: expected))
            }
        }
        return Grade(verdict: .right)
    }

    static func agree(_ a: Double, _ b: Double) -> Bool {
        if !a.isFinite || !b.isFinite { return a == b || (a.isNaN && b.isNaN) }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }
}

/// A sample on which the learner's formula and the key differ.
struct FormulaCounterexample: Hashable, Sendable {
    var values: [Double]
    var given: Double
    var expected: Double
}

extension Question.Format {
    /// Whether the answer is typed (a number or a formula) rather than chosen.
    var isTyped: Bool {
        switch self {
        case .choice: return false
        case .numeric, .formula: return true
        }
    }
}
