/// A kind of lesson page: its name in lesson files, the fields it takes besides `kind` and
/// `title`, and how to build its initial state from them.
public struct PageKind: Sendable {
    public var name: String
    public var fields: [String]
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
public struct PageKindRegistry: Sendable {
    public private(set) var kinds: [PageKind]

    public init(kinds: [PageKind]) {
        self.kinds = kinds
    }

    /// Every page kind the tutor ships.
    public static let standard = PageKindRegistry(kinds: [
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

    public func kind(named name: String) -> PageKind? {
        kinds.first { $0.name == name }
    }

    public var names: [String] { kinds.map(\.name) }
}
