import MLECore

/// The learner's own model, live: ℓ against each parameter with a slider for the start, gradient
/// ascent or Newton with the optimizer page's animation, the score written out, and a warning
/// with the number when the formula is not a density or is undefined at the data.
///
/// ```yaml
/// - kind: model
///   title: A Laplace model of your own
///   prompt: ...                        # optional
///   formula: -log(2*b) - abs(x - m)/b
///   start: {m: 0, b: 1}
///   data: [1.2, 0.4, 2.9, 1.7, 1.1]
/// ```
///
/// With two parameters each has a tab (Tab switches), the other held at its estimate, and a third
/// tab shows the surface over both, where the optimizer climbs from the cursor.
struct ModelPage: PageModel {
    let model: FormulaModel
    let sample: [Double]
    /// ℓ of the whole model, bound once: its fast evaluation tells whether to look for an
    /// undefined observation at all.
    let likelihood: FormulaLikelihood
    var prompt: String?
    /// The values the parameters not on screen are held at: the joint estimate, or the start.
    let heldValues: [Double]
    private(set) var tabs: PageTabs
    /// What is wrong with the model where the screen stands, worked out when θ changes rather
    /// than on every frame (finding an undefined observation costs O(n)).
    private(set) var warning: String?
    private var warningParameters: [Double] = []

    static let pageKind = PageKind(name: "model", fields: ["prompt", "formula", "start", "data"]) { fields in
        ModelPageSpec.decode(fields)
    }

    /// - Precondition: the model's parameters each have a start value and the sample is not empty.
    init(model: FormulaModel, sample: [Double], start: [String: Double], prompt: String? = nil) {
        self.model = model
        self.sample = sample
        self.prompt = prompt
        likelihood = model.likelihood(on: sample)
        let names = model.parameterNames
        let joint = try? FormulaFit.fit(model, sample: sample, start: start)
        heldValues = names.map { joint?.value(of: $0) ?? start[$0] ?? 0 }
        var pages: [(name: String, page: any PageModel)] = []
        for (index, name) in names.enumerated() {
            let slice =
                names.count == 1 ? model : model.holding(names[1 - index], at: heldValues[1 - index])
            let likelihood = ModelLikelihood(model: slice, sample: sample, start: [start[name] ?? 0])
            var page = OptimizerPage(
                model: likelihood, slider: likelihood.slider(), method: .newtonRaphson,
                learningRate: OptimizerPage.stableLearningRate(for: likelihood))
            page.run.hasCorners = model.node.hasCorners
            pages.append((ReadoutFormat.symbol(name), page))
        }
        if names.count == 2 {
            // The joint fit above is this likelihood's fit from the same start: made once.
            let both = ModelLikelihood(model: model, sample: sample, start: names.map { start[$0] ?? 0 }, fit: joint)
            var surface = SurfacePage(
                model: both, sliders: (both.slider(0), both.slider(1)), method: .newtonRaphson,
                learningRate: OptimizerPage.stableLearningRate(for: both))
            _ = surface.place(at: Theta(both.start[0], both.start[1]))
            surface.run.hasCorners = model.node.hasCorners
            pages.append((names.map(ReadoutFormat.symbol).joined(separator: ", "), surface))
        }
        tabs = PageTabs(pages)
        updateWarning()
    }

    private mutating func updateWarning() {
        let theta = currentParameters
        guard theta != warningParameters else { return }
        warningParameters = theta
        warning = ModelPageText.warning(for: likelihood, at: theta)
    }

    /// The optimizer on screen, of one parameter.
    private var optimizer: OptimizerPage? { tabs.page as? OptimizerPage }
    /// The surface on screen, of both parameters.
    private var surface: SurfacePage? { tabs.page as? SurfacePage }

    /// True once an optimizer has run to a maximum on any parameter, or on the surface.
    var checkpointMet: Bool? {
        tabs.pages.contains {
            ($0 as? OptimizerPage)?.run.diagnosis.isConverged == true
                || ($0 as? SurfacePage)?.run.diagnosis.isConverged == true
        }
    }

    /// Whether the tab on screen is the surface over both parameters.
    var showsSurface: Bool { surface != nil }

    var wantsTicks: Bool { tabs.wantsTicks }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        let response = tabs.handle(event, context: context)
        updateWarning()
        return response
    }

    /// θ where the screen stands: the parameter on screen at the optimizer's latest point, the
    /// other at its held value.
    var currentParameters: [Double] {
        if let surface { return [surface.run.current.theta[0], surface.run.current.theta[1]] }
        var values = heldValues
        if let optimizer,
            let index = model.parameterNames.firstIndex(where: { ReadoutFormat.symbol($0) == tabs.names[tabs.selected] }
            )
        {
            values[index] = optimizer.run.current.theta[0]
        }
        return values
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let lines = PageText.prompt(prompt, width: rect.width) + ModelPageText.lines(self, width: rect.width)
        let y = PageText.write(lines, into: &buffer, y: rect.y, in: rect, options: options)
        let below = Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.height - (y - rect.y)))
        tabs.draw(into: &buffer, in: below, options: options)
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        model.parameterNames.count == 1
            ? (optimizer?.keyHints(context: context) ?? []) : tabs.keyHints(context: context)
    }
}
