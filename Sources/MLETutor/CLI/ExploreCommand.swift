import ArgumentParser
import Glibc
import MLECore

/// `mletutor explore DIST [FILE|--data LIST]`: the explorer on the learner's own data, full
/// screen: a slider when one parameter is free, the likelihood surface when two are.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Explore the likelihood of your data: a slider for one free parameter, a surface for two.",
        discussion: """
            Takes the distributions and fixed-parameter options of 'fit'. The data come from a file \
            (one number per line, or --column K of a CSV file), from --data, a comma-separated list, \
            or from standard input (a pipe, or the file -), the keys then coming from the terminal. \
            A file is summarised as it is read, so a million values explore as fast as ten.

            """ + "\n" + ModelOptions.familiesHelp
    )

    @OptionGroup var model: ModelOptions
    @OptionGroup var formula: FormulaModelOptions

    /// The data file, if one was named.
    var file: String? { model.positionals.first }

    @Option(parsing: .unconditional, help: "The data themselves, separated by commas: --data 7 or --data 1,0,1,1.")
    var data: String?

    @OptionGroup var columnOption: ColumnOption
    /// The column of a comma-separated file to read, if one was named.
    var column: Int? { columnOption.number }

    @OptionGroup var display: DisplayFlags

    func validate() throws {
        if formula.isGiven {
            guard model.model == nil else { throw ValidationError("give a distribution or --model, not both") }
            let file = formula.dataFile ?? model.distribution
            guard (file == nil) != (data == nil), model.words.isEmpty else {
                throw ValidationError(
                    "with --model, give the data as FILE (or --file FILE) or with --data, not both or neither")
            }
            return
        }
        try model.validateFamily()
        if let limit = model.family.model.drawingLimit(
            fixed: model.fixed.keys, example: { "--\($0) \(ReadoutFormat.compact($1))" })
        {
            throw ValidationError(limit)
        }
        if model.positionals.count > 1 {
            throw ValidationError("give one data file, not \(model.positionals.joined(separator: " "))")
        }
        if file != nil && data != nil { throw ValidationError("give the data as a FILE or with --data, not both") }
        if file == nil && data == nil && isatty(STDIN_FILENO) == 1 {
            throw ValidationError("give the data as a FILE, with --data, or on standard input (… | mletutor explore)")
        }
        if data != nil && column != nil { throw ValidationError("--column applies to a data file") }
    }

    /// What messages and titles call the data: the file, `--data`, or `<stdin>` (`-`, or no file
    /// and no `--data` with data piped in; the keys then come from /dev/tty).
    var sourceName: String { data == nil ? (file ?? "-") == "-" ? "<stdin>" : file ?? "-" : "--data" }

    /// The data's likelihood model, or what to print and the exit status when the data are bad.
    func loadModel() -> Result<LikelihoodModel, ExploreFailure> {
        let family = model.family
        do {
            if let data {
                var values: [Double] = []
                for (index, token) in data.split(whereSeparator: { $0 == "," || $0 == " " }).enumerated() {
                    guard let value = DecimalParser.parse(token), value.isFinite else {
                        throw DataError.notANumber(text: VisibleText.shortened(token), line: index + 1)
                    }
                    values.append(value)
                }
                return .success(try Self.drawable(LikelihoodModel(family: family, values: values, fixed: model.fixed)))
            }
            let source = try FileSource(path: file ?? "-")
            defer { source.close() }
            let summary = try FitSession.summarize(source, family: family, format: columnOption.format)
            guard summary.count > 0 else { throw DataError.emptySample }
            return .success(try Self.drawable(LikelihoodModel(summary: summary, fixed: model.fixed)))
        } catch {
            let outcome = FitSession.failure(error, name: sourceName)
            return .failure(ExploreFailure(message: outcome.standardError, status: outcome.status))
        }
    }

    /// The page for `model`, and the title naming the data.
    static func page(for model: LikelihoodModel, source: String) -> (page: any PageModel, title: String) {
        var title = model.family.name
        if let trials = model.family.trials { title += " (\(trials) trials each)" }
        for (name, value) in model.fixed.sorted(by: { $0.key < $1.key }) {
            title += ", \(model.family.model.parameter(name)?.symbol ?? name) = \(ReadoutFormat.compact(value)) fixed"
        }
        title += ", n = \(model.summary.count) from \(source)"
        // The reason is on the page, where there is room for it.
        if model.fit == nil { title += " (no MLE)" }
        guard model.dimension == 1 else { return (SurfacePage(model: model), title) }
        let slider = ParameterRange.slider(for: model, index: 0)
        let optimizer = OptimizerPage(
            model: model, slider: slider, method: .gradientAscent,
            learningRate: OptimizerPage.stableLearningRate(for: model))
        return (PageTabs([("Slider", ExplorerPage(exploring: model)), ("Optimizer", optimizer)]), title)
    }

    /// `model`, unless an estimate is beyond the largest double (data near ±1.8e308), which no
    /// page can draw: that is refused before the screen is taken. Data with no estimate at all
    /// open centred on the data, and the page says why (the model's own fit, not another).
    static func drawable(_ model: LikelihoodModel) throws(DataError) -> LikelihoodModel {
        if case .estimateOutOfRange(let parameter)? = model.fitError {
            throw .estimateOutOfRange(parameter: parameter)
        }
        return model
    }

    func run() throws {
        let shown: (page: any PageModel, title: String)
        let loaded =
            formula.isGiven
            ? ModelExplore.load(formula, file: model.distribution, data: data, column: column)
            : loadModel().map { Self.page(for: $0, source: sourceName) }
        switch loaded {
        case .success(let loadedPage): shown = loadedPage
        case .failure(let failure):
            writeToStandardError(failure.message)
            throw ExitCode(failure.status)
        }
        let (page, title) = shown
        try FullScreen.run(
            display: display, saveProgress: { _ in },
            makeState: { options, width, height in
                .exploring(page, title: title, options: options, width: width, height: height)
            })
    }
}

extension AppState {
    /// The screen `mletutor explore` opens on summarised data: the slider and the optimizer for
    /// one free parameter, the surface for two.
    ///
    /// - Precondition: the summary is not empty and `fixed` leaves one or two parameters free.
    static func exploring(
        _ summary: SampleSummary, fixed: [String: Double], source: String,
        options: DisplayOptions, width: Int, height: Int
    ) -> AppState {
        let (page, title) = ExploreCommand.page(for: LikelihoodModel(summary: summary, fixed: fixed), source: source)
        return .exploring(page, title: title, options: options, width: width, height: height)
    }
}

/// Why `explore` could not start: the line for standard error and the exit status.
struct ExploreFailure: Error {
    var message: String
    var status: Int32
}
