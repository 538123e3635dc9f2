import MLECore
import Yams

/// Reads a `model` page: the `formula`, the `start` of each parameter (in the order written,
/// which is the parameters' order), the `data` and an optional `prompt`. A formula error is
/// reported at its column in the lesson file.
enum ModelPageSpec {
    static func decode(_ fields: YAMLMapping) -> ModelPage? {
        let start = self.start(fields)
        let data = self.data(fields)
        guard let formulaNode = fields.value("formula"), let text = fields.string("formula"), let start, let data
        else { return nil }
        let model: FormulaModel
        do {
            model = try FormulaModel(text, parameters: start.map(\.name))
        } catch {
            var location = fields.log.location(of: formulaNode)
            location.column += error.column - 1
            fields.log.error("the formula of \(fields.what) is not a model: \(error.message)", at: location)
            return nil
        }
        let values = Dictionary(uniqueKeysWithValues: start.map { ($0.name, $0.value) })
        if let undefined = model.firstUndefined(on: data, at: start.map(\.value)) {
            fields.log.error("the model of \(fields.what) is undefined at its start: \(undefined)", at: formulaNode)
            return nil
        }
        return ModelPage(model: model, sample: data, start: values, prompt: fields.optionalString("prompt"))
    }

    private static func start(_ fields: YAMLMapping) -> [(name: String, value: Double)]? {
        guard let node = fields.value("start") else {
            fields.log.error(
                "missing field 'start' in \(fields.what): a start value for each parameter, such as {m: 0, b: 1}",
                at: fields.node)
            return nil
        }
        guard case .mapping(let mapping) = node, !mapping.isEmpty else {
            fields.log.error("field 'start' in \(fields.what) must be a mapping such as {m: 0, b: 1}", at: node)
            return nil
        }
        var pairs: [(name: String, value: Double)] = []
        for (key, value) in mapping {
            guard let number = value.float, number.isFinite else {
                fields.log.error("the start of '\(key.string ?? "")' in \(fields.what) must be a number", at: value)
                return nil
            }
            pairs.append((key.string ?? "", number))
        }
        return pairs
    }

    private static func data(_ fields: YAMLMapping) -> [Double]? {
        guard let nodes = fields.sequence("data", allowEmpty: false) else { return nil }
        var values: [Double] = []
        for node in nodes {
            guard let value = node.float, value.isFinite else {
                fields.log.error("every value in 'data' of \(fields.what) must be a finite number", at: node)
                return nil
            }
            values.append(value)
        }
        return values
    }
}
