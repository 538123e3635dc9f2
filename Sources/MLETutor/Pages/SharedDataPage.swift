/// A page over a dataset that other pages on the same screen share (`mletutor explore`'s slider
/// and optimizer tabs): when the learner edits the data on one, the others take the new data.
protocol SharedDataPage {
    /// The page's family model and data; nil for a page over a typed formula, whose data are fixed.
    var likelihoodModel: LikelihoodModel? { get }
    /// Takes `model` as the page's data, keeping what the learner set (slider, method, η).
    mutating func adopt(_ model: LikelihoodModel)
}

extension ExplorerPage: SharedDataPage {
    var likelihoodModel: LikelihoodModel? { model }
}

extension OptimizerPage: SharedDataPage {
    var likelihoodModel: LikelihoodModel? { model as? LikelihoodModel }
}
