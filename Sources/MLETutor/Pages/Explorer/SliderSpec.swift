import MLECore

/// The slider of a one-parameter page as a lesson file gives it: `start`, `step` and `range`,
/// each optional (the range defaults to θ̂ ± 5 standard errors, the step to a hundredth of it,
/// the start to its middle).
enum SliderSpec {
    static let fields = ["start", "step", "range"]

    static func decode(_ fields: YAMLMapping, model: LikelihoodModel) -> ParameterSlider? {
        let name = model.parameterNames[0]
        var range = ParameterRange.around(model.estimate(0), domain: model.domain(0))
        if let node = fields.value("range") {
            guard let (lower, upper) = fields.numberPair("range"), lower < upper else {
                fields.log.error(
                    "field 'range' in \(fields.what) must be two numbers [lower, upper] with lower < upper", at: node)
                return nil
            }
            range = lower...upper
        }
        let width = range.upperBound - range.lowerBound
        let givenStep = fields.optionalDouble("step", in: width * 1e-6...width / 2)
        let givenStart = fields.optionalDouble("start", in: range)
        if (fields.has("step") && givenStep == nil) || (fields.has("start") && givenStart == nil) { return nil }
        let step = givenStep ?? ParameterRange.niceStep(for: width)
        let start = givenStart ?? ParameterRange.middle(of: range, step: step)
        guard model.problem.isInDomain(Theta(start)) else {
            fields.log.error(
                "the slider of \(fields.what) starts at \(name) = \(start), outside the parameter's domain",
                at: fields.value("start") ?? fields.node)
            return nil
        }
        return ParameterSlider(value: start, step: step, range: range)
    }
}
