import Testing

@testable import MLECore

/// `fit --model`'s engine: a family written as a formula gives the built-in fit to 1e-9, and a model
/// that is not built in (Laplace) gives scipy's fit to 1e-8.
struct FormulaFitTests {
    static func relativelyClose(_ a: Double, _ b: Double, _ tolerance: Double) -> Bool {
        abs(a - b) <= tolerance * max(abs(b), 1e-300)
    }

    static func compare(_ formula: FitResult, _ family: FitResult) {
        #expect(formula.converged, "\(formula.diagnosis)")
        for estimate in family.estimates {
            let mine = formula.estimate(estimate.name)
            #expect(mine.map { relativelyClose($0.value, estimate.value, 1e-9) } == true, "\(estimate.name)")
            #expect(
                mine.map { relativelyClose($0.standardError, estimate.standardError, 1e-9) } == true,
                "SE of \(estimate.name)")
        }
        #expect(relativelyClose(formula.logLikelihood, family.logLikelihood, 1e-9))
        #expect(relativelyClose(formula.aic, family.aic, 1e-9) && relativelyClose(formula.bic, family.bic, 1e-9))
    }

    @Test(arguments: [
        (Family.exponential, "log(lambda) - lambda*x", ["lambda": 5.0]),
        (.poisson, "x*log(lambda) - lambda - lgamma(x + 1)", ["lambda": 0.5]),
        (.normal, "-log(sigma) - log(2*pi)/2 - (x - mu)^2/(2*sigma^2)", ["mu": 0.0, "sigma": 1.0]),
        (.gamma, "alpha*log(beta) - lgamma(alpha) + (alpha - 1)*log(x) - beta*x", ["alpha": 1.0, "beta": 1.0]),
    ])
    func familiesWrittenAsFormulasAgreeWithBuiltInFits(family: Family, formula: String, start: [String: Double])
        throws
    {
        var generator = SeededGenerator(seed: 99)
        let sample: [Double]
        switch family {
        case .exponential: sample = Exponential(lambda: 2).samples(500, using: &generator)
        case .poisson: sample = Poisson(lambda: 3.5).samples(500, using: &generator)
        case .normal: sample = Normal(mu: 3, sigma: 2).samples(500, using: &generator)
        default: sample = Gamma(alpha: 3, beta: 2).samples(500, using: &generator)
        }
        let reference = try MaximumLikelihood.fit(SampleSummary(family: family, values: sample))
        let model = try FormulaModel(formula, parameters: family.parameterNames)
        let result = try FormulaFit.fit(model, sample: sample, start: start)
        Self.compare(result, reference)
        #expect(result.modelName == formula && result.family == nil)
        if family.parameterNames.count == 1 {
            let mine = try #require(result.estimates[0].likelihoodRatioInterval)
            let theirs = try #require(reference.estimates[0].likelihoodRatioInterval)
            #expect(Self.relativelyClose(mine.lower, theirs.lower, 1e-9))
            #expect(Self.relativelyClose(mine.upper, theirs.upper, 1e-9))
        }
    }

    /// Output of Tests/References/laplace.py: 101 draws and scipy.stats.laplace.fit's (loc, scale).
    static let laplaceSample: [Double] = [
        0.5493068872488143, 1.4989882766367275, 1.6588275351624993, -0.5006658227986414, 0.6474732354386764,
        2.8586140100951725, 0.12791417786876647, 0.5558301913920525, 3.0887905755499028, 1.695584196252243,
        1.2873189373962621, 1.5161304624541563, 1.7758414822457445, 1.0822997349153498, 0.5986899427520649,
        2.1007460254050376, 1.791626104328392, 1.5175535002152296, 2.2025779187906878, 1.5723153662905813,
        3.7859438824567446, 0.8742042991641228, 1.5795793330589054, 1.4766907615449774, 1.2568467972407649,
        1.641644659479517, 0.972380902227647, 2.149155673227325, 2.428739020202418, 0.5503376882433709,
        1.4523145346004425, 1.0869526441226753, 0.2439487896511503, 2.5987772915111087, 1.3943404476289936,
        0.6463613301590495, 1.7980296677237466, 0.8663099304181108, 2.6366964603236984, 0.9161805650209132,
        -0.40108788827680497, 0.8612826666837059, 1.24177120571182, 1.4550591860763917, 2.670920432870698,
        1.851447400897043, 1.2286362246390623, -0.872050523668833, 0.7016242381915904, 4.960582767526032,
        1.4412005357482458, 1.8369772062257201, -0.04932991230031658, -0.3807389115081403, 2.323859509188417,
        1.6353087668389241, 1.1624553762458767, 1.181836772493975, 0.293683353076712, 0.7557402949034564,
        -0.6086985865368715, 2.29378564299343, 1.4511595733338474, 0.5418228340466522, 1.9557238113733586,
        0.8432136001187177, 0.03786724992843804, 1.653392314012138, 2.597523418416905, -0.5446085145342003,
        2.1596143170425663, 0.8233172789550276, 0.3218515951047878, -0.8284433888012637, 1.1258355880165087,
        1.9238819939522331, 1.490384795482973, 2.356541982999737, 0.916383771195484, 1.1769811652903615,
        1.0372280924654853, 3.6961437750298765, 2.9960205847581, 1.2314475547999206, 1.404126315469012,
        1.175061606891544, 1.9754956169297966, -0.26778079388107257, 0.0976300765279261, 1.3508298694495096,
        1.0009237443898122, 2.3208448715520764, 1.9626307733598498, 1.5672400542240879, 1.7730081709825463,
        1.8397904417760618, 2.0780507145679086, 2.8517401516419323, 0.6559820890722587, 1.7034902638587295,
        0.6268010106421544,
    ]

    @Test func laplaceAgreesWithScipy() throws {
        let model = try FormulaModel("-log(2*b) - abs(x - m)/b", parameters: ["m", "b"])
        let result = try FormulaFit.fit(model, sample: Self.laplaceSample, start: ["m": 0, "b": 1])
        #expect(result.converged)
        let m = try #require(result.estimate("m")?.value)
        let b = try #require(result.estimate("b")?.value)
        #expect(Self.relativelyClose(m, 1.404126315469012, 1e-8))
        #expect(Self.relativelyClose(b, 0.7530048157801135, 1e-8))
        // |x − m| has a corner at m̂, where the observed information is not positive definite: no
        // covariance (its inverse would give a negative variance), and a warning that says why.
        #expect(result.covariance == nil)
        #expect(result.warnings.contains(.informationNotPositiveDefinite))
        #expect(result.estimates.allSatisfy { $0.standardError.isNaN })
    }

    /// A power that fails says how: overflow (x^1e308 for x > 1), 0 to a negative power, or a
    /// negative number to a fraction power.
    @Test func aFailingPowerSaysHowItFails() throws {
        func reason(_ formula: String, _ sample: [Double]) throws -> String? {
            let model = try FormulaModel(formula, parameters: ["l"])
            return model.firstUndefined(on: sample, at: [1])?.reason
        }
        #expect(try reason("log(l) - l*x^1e308", [0.5, 1.08]) == "overflows to infinity")
        #expect(try reason("log(l) - l*x^(-2)", [1, 0]) == "is undefined: 0 to a negative power")
        #expect(
            try reason("log(l) - l*x^0.5", [1, -4]) == "is undefined: a negative number (-4.0) to a fraction power")
    }

    @Test func undefinedStartNamesTheObservation() throws {
        let model = try FormulaModel("log(lambda) - lambda/x", parameters: ["lambda"])
        #expect(
            throws: FormulaFitError.undefinedAtStart(
                UndefinedPoint(observation: 1, value: 0, part: "lambda/x", reason: "divides by zero"))
        ) {
            try FormulaFit.fit(model, sample: [1, 0, 2], start: ["lambda": 1])
        }
        let logModel = try FormulaModel("log(lambda) - lambda*x", parameters: ["lambda"])
        #expect(
            throws: FormulaFitError.undefinedAtStart(
                UndefinedPoint(
                    observation: nil, value: nil, part: "log(lambda)",
                    reason: "takes the log of a negative number (-1.0)"))
        ) {
            try FormulaFit.fit(logModel, sample: [1, 2], start: ["lambda": -1])
        }
        #expect(throws: FormulaFitError.startMismatch("parameter 'lambda' has no start value")) {
            try FormulaFit.fit(logModel, sample: [1, 2], start: [:])
        }
        let sqrtModel = try FormulaModel("sqrt(a) - a*x", parameters: ["a"])
        #expect(throws: FormulaFitError.derivativesUndefinedAtStart) {
            try FormulaFit.fit(sqrtModel, sample: [1, 2], start: ["a": 0])
        }
    }

    @Test func summaryInsideTheModelIsFollowedToItsObservation() throws {
        let model = try FormulaModel("-lambda*x + mean(log(x))*0 + log(lambda)", parameters: ["lambda"])
        let point = try #require(model.firstUndefined(on: [2, -1, 3], at: [1]))
        #expect(point.observation == 1 && point.part == "log(x)")
    }
}
