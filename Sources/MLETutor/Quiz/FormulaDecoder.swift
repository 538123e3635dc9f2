import MLECore
import Yams

/// Reads a formula question: the key as an `answer` formula or a named MLECore `estimator`, the
/// family the samples come from (`data`), their `seed`, and the `explanation`.
///
///     type: formula
///     prompt: Type the MLE of λ for exponential data x₁, …, xₙ.
///     estimator: exponential-rate      # or: answer: n/sum(x)
///     data: exponential
///     seed: 6
///     explanation: ...
struct FormulaDecoder {
    let fields: YAMLMapping
    let log: DiagnosticLog

    static let fieldNames = ["answer", "estimator", "data", "seed", "explanation"]

    func formula() -> Question.Format? {
        let key = self.key()
        let data = self.data()
        let seed = fields.optionalInt("seed", in: 0...999_999) ?? 1
        let explanation = fields.prose("explanation")
        guard let key, let data, let explanation else { return nil }
        let samples = FormulaSamples.draw(data, seed: UInt64(seed))
        if let undefined = samples.firstIndex(where: { !key.value(on: $0).isFinite }) {
            log.error(
                "the key of \(fields.what) is undefined on sample \(undefined + 1) of its \(data.name) data: choose another seed or family",
                at: fields.node)
            return nil
        }
        return .formula(
            FormulaQuestion(key: key, samples: samples, explanation: MarkdownDocument(parsing: explanation)))
    }

    private func key() -> FormulaQuestion.Key? {
        switch (fields.value("answer"), fields.value("estimator")) {
        case (nil, nil), (.some, .some):
            log.error(
                "\(fields.what) needs exactly one of 'answer' (a formula such as n/sum(x)) or 'estimator' (one of \(FormulaEstimator.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: fields.node)
            return nil
        case (.some(let node), nil):
            guard let text = fields.string("answer") else { return nil }
            do {
                return .formula(try EstimatorFormula(text))
            } catch {
                var location = log.location(of: node)
                location.column += error.column - 1
                log.error("the answer of \(fields.what) is not a formula: \(error.message)", at: location)
                return nil
            }
        case (nil, .some):
            guard let name = fields.string("estimator") else { return nil }
            guard let estimator = FormulaEstimator(rawValue: name) else {
                fields.reportUnknown(
                    "estimator", name, among: FormulaEstimator.allCases.map(\.rawValue), field: "estimator")
                return nil
            }
            return .estimator(estimator)
        }
    }

    private func data() -> Family? {
        guard let name = fields.string("data") else { return nil }
        guard let family = FormulaSamples.families.first(where: { $0.name == name }) else {
            fields.reportUnknown("data family", name, among: FormulaSamples.families.map(\.name), field: "data")
            return nil
        }
        return family
    }
}

/// The seeded samples a formula question is graded on: small and with short numbers, so the one
/// shown to a learner who got it wrong can be checked by hand.
enum FormulaSamples {
    static let families: [Family] = [.bernoulli, .normal, .exponential, .poisson]
    static let count = 6
    static let size = 5

    static func draw(_ family: Family, seed: UInt64) -> [[Double]] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            switch family {
            case .bernoulli: return Bernoulli(p: 0.4).samples(size, using: &generator)
            case .poisson: return Poisson(lambda: 3).samples(size, using: &generator)
            case .exponential:
                return Exponential(lambda: 4).samples(size, using: &generator).map { max(0.01, rounded($0)) }
            default: return Normal(mu: 5, sigma: 2).samples(size, using: &generator).map(rounded)
            }
        }
    }

    private static func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }
}
