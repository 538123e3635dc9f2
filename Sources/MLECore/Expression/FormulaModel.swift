/// A model typed by the learner: the log-density (or log-mass) of one observation x, with named
/// parameters, such as `log(lambda) - lambda*x` or `-log(2*b) - abs(x - m)/b`.
public struct FormulaModel: Sendable, Hashable {
    /// The formula as typed.
    public let text: String
    /// The parsed formula.
    public let node: ExpressionNode
    /// The parameters, in the order they were declared.
    public let scope: ExpressionScope

    /// Parses `text` as the log-density of one observation with the given parameters.
    ///
    /// - Throws: `ExpressionError` for a parse error, an unknown name (a name that is neither x, n
    ///   nor a declared parameter is a parameter without a start), or a declared parameter the
    ///   formula does not use.
    public init(_ text: String, parameters: [String]) throws(ExpressionError) {
        guard !parameters.isEmpty else {
            throw ExpressionError(column: 1, message: "a model needs at least one parameter with a start value")
        }
        let scope = try ExpressionScope(parameters: parameters)
        let node: ExpressionNode
        do {
            node = try ExpressionParser.parse(text, scope: scope)
        } catch let error where error.unknownName != nil && !error.message.contains("did you mean") {
            let name = ExpressionError.printable(error.unknownName ?? "")
            throw ExpressionError(
                column: error.column,
                message: "'\(name)' is neither x, n nor a parameter with a start value: give it one (\(name)=VALUE)",
                unknownName: error.unknownName)
        }
        let used = node.parameterIndices
        for (index, name) in parameters.enumerated() where !used.contains(index) {
            throw ExpressionError(
                column: 1, message: "parameter '\(name)' has a start value but does not appear in the formula")
        }
        self.text = text
        self.node = node
        self.scope = scope
    }

    init(text: String, node: ExpressionNode, scope: ExpressionScope) {
        self.text = text
        self.node = node
        self.scope = scope
    }

    /// The parameters' names.
    public var parameterNames: [String] { scope.parameters }

    /// ℓ(θ) = Σᵢ f(xᵢ | θ) over `sample`.
    ///
    /// - Parameter splitting: whether parts of the form c(θ)·d(x) are summed once (the default);
    ///   off, every part is evaluated per observation, which the benchmarks use to time the loop.
    /// - Precondition: the sample is not empty.
    public func likelihood(on sample: [Double], splitting: Bool = true) -> FormulaLikelihood {
        FormulaLikelihood(model: self, sample: sample, splitting: splitting)
    }
}

/// The log-likelihood of a `FormulaModel` on one sample, with exact derivatives by forward-mode
/// automatic differentiation: what `fit --model` and the model page climb.
///
/// Its domain is where ℓ and its derivatives are finite, so an optimizer's step halving keeps θ
/// where the formula is defined.
public struct FormulaLikelihood: LikelihoodProblem {
    /// The model.
    public let model: FormulaModel
    /// The observations.
    public let sample: [Double]
    private let columns: ColumnStore
    private let summaries: [SummedExpression]
    private let root: SummedExpression

    init(model: FormulaModel, sample: [Double], splitting: Bool) {
        precondition(!sample.isEmpty, "a likelihood needs at least one observation")
        self.model = model
        self.sample = sample
        var binder = ExpressionBinder(sample: sample)
        let bound = binder.bind(model.node)
        root = SummedExpression(perObservation: bound, columns: binder.columns, splitting: splitting)
        columns = binder.columns
        summaries = binder.summaries
    }

    /// The model's parameter names.
    public var parameterNames: [String] { model.parameterNames }
    /// 1 or 2.
    public var dimension: Int { model.parameterNames.count }
    /// n.
    public var sampleSize: Int { sample.count }

    /// ℓ with its gradient and Hessian at θ, as one jet.
    ///
    /// - Complexity: O(1) when the formula splits into sufficient statistics, otherwise O(n) in
    ///   the part that does not.
    public func jet(_ theta: Theta) -> Jet {
        let parameters = (0..<dimension).map { Jet.parameter($0, at: theta[$0]) }
        var summaryJets: [Jet] = []
        summaryJets.reserveCapacity(summaries.count)
        for summary in summaries {
            summaryJets.append(summary.jet(parameters: parameters, summaries: summaryJets, columns: columns))
        }
        return root.jet(parameters: parameters, summaries: summaryJets, columns: columns)
    }

    /// Whether ℓ and its derivatives are finite at θ.
    public func isInDomain(_ theta: Theta) -> Bool { theta.isFinite && jet(theta).isFinite }
    /// ℓ(θ).
    public func logLikelihood(_ theta: Theta) -> Double { jet(theta).value }
    /// ∇ℓ(θ).
    public func score(_ theta: Theta) -> Theta {
        let j = jet(theta)
        return dimension == 1 ? Theta(j.d0) : Theta(j.d0, j.d1)
    }
    /// ∇²ℓ(θ).
    public func hessian(_ theta: Theta) -> Hessian {
        let j = jet(theta)
        return dimension == 1 ? Hessian(j.d00) : Hessian(j.d00, j.d01, j.d11)
    }
}
