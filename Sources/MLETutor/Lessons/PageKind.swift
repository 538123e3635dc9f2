/// A kind of lesson page: its name in lesson files, the fields it takes besides `kind` and
/// `title`, and how to build its initial state from them.
struct PageKind: Sendable {
    var name: String
    var fields: [String]
    /// Builds the page; reports problems to the mapping's log and returns nil when it cannot.
    var decode: @Sendable (YAMLMapping) -> (any PageModel)?

    init(name: String, fields: [String], decode: @escaping @Sendable (YAMLMapping) -> (any PageModel)?) {
        self.name = name
        self.fields = fields
        self.decode = decode
    }

    /// The fields every page kind accepts.
    static let commonFields = ["kind", "title", "id"]
}

/// The page kinds the tutor knows, looked up by name.
struct PageKindRegistry: Sendable {
    private(set) var kinds: [PageKind]

    init(kinds: [PageKind]) {
        self.kinds = kinds
    }

    /// Every page kind the tutor ships.
    static let standard = PageKindRegistry(kinds: [
        TextPage.pageKind,
        ExplorerPage.pageKind,
        OptimizerPage.pageKind,
        SurfacePage.pageKind,
        QuizPage.pageKind,
        ClassifierPage.pageKind,
        RegressionPage.pageKind,
        UnderflowPage.pageKind,
        SimulationPage.pageKind,
        ModelPage.pageKind,
        IdentifiabilityPage.pageKind,
        SoftmaxRacePage.pageKind,
        NoiseRegressionPage.pageKind,
        BigramPage.pageKind,
        SurvivalPage.pageKind,
    ])

    func kind(named name: String) -> PageKind? {
        kinds.first { $0.name == name }
    }

    var names: [String] { kinds.map(\.name) }
}
