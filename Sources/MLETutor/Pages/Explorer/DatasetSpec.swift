import MLECore
import Yams

/// The data of an explorer page as a lesson file gives it: a family, the observations (listed, or
/// drawn from the family with a seed), and the parameters held fixed.
///
/// ```yaml
/// family: binomial        # any name in FamilyRegistry: normal, gamma, lognormal, …
/// trials: 10              # binomial only
/// data: [7]               # or:
/// sample: {p: 0.7, n: 10, seed: 3}
/// fixed: {sigma: 2}       # optional
/// ```
struct DatasetSpec: Sendable {
    var model: LikelihoodModel
    /// Where new observations come from: the sample's distribution, or the fit to listed data.
    var source: ObservationSource?

    /// The YAML fields this spec reads.
    static let fields = ["family", "trials", "data", "sample", "fixed"]

    /// Decodes the spec; reports problems to the mapping's log and returns nil when it cannot.
    /// `freeParameters` is how many parameters the page needs left free.
    static func decode(_ fields: YAMLMapping, freeParameters: Int) -> DatasetSpec? {
        guard let family = decodeFamily(fields) else { return nil }
        let fixed = decodeFixed(fields, family: family) ?? [:]
        let free = family.parameterNames.count - fixed.count
        if let limit = family.model.drawingLimit(
            fixed: fixed.keys, example: { "fixed: {\($0): \(ReadoutFormat.compact($1))}" })
        {
            fields.log.error("\(fields.what): \(limit)", at: fields.value("fixed") ?? fields.value("family"))
            return nil
        }
        guard free == freeParameters else {
            let names = family.parameterNames.joined(separator: ", ")
            let advice =
                freeParameters == 1
                ? (free > 1 ? "fix one of \(names) under 'fixed'" : "a \(family.name) page needs one free parameter")
                : "a surface needs two free parameters: leave 'fixed' out"
            fields.log.error(
                "\(fields.what) needs \(freeParameters) free parameter\(freeParameters == 1 ? "" : "s") but \(family.name) has \(free) here; \(advice)",
                at: fields.value("fixed") ?? fields.value("family"))
            return nil
        }
        let hasData = fields.has("data")
        let hasSample = fields.has("sample")
        guard hasData != hasSample else {
            fields.log.error(
                "\(fields.what) needs exactly one of 'data' (a list of values) or 'sample' (a seeded draw)",
                at: fields.node)
            return nil
        }
        var source: ObservationSource?
        let values: [Double]
        if hasData {
            guard let listed = decodeValues(fields) else { return nil }
            values = listed
        } else {
            guard var drawn = decodeSample(fields, family: family) else { return nil }
            values = drawn.next(drawn.sampleSize)
            source = drawn.source
        }
        let model: LikelihoodModel
        do {
            model = try LikelihoodModel(family: family, values: values, fixed: fixed)
        } catch {
            var node = fields.value("data") ?? fields.value("sample")
            var what = "the data of \(fields.what) cannot be used"
            if let line = error.line, case .sequence(let items)? = fields.value("data"),
                items.indices.contains(line - 1)
            {
                node = items[line - 1]
                what = "value \(line) under 'data' in \(fields.what) cannot be used"
            }
            fields.log.error("\(what): \(error.message)", at: node)
            return nil
        }
        if source == nil { source = ObservationSource(fittedTo: model) }
        return DatasetSpec(model: model, source: source)
    }

    private static func decodeFamily(_ fields: YAMLMapping) -> Family? {
        guard let name = fields.string("family") else { return nil }
        let trials = fields.optionalInt("trials", in: 1...1_000_000)
        guard let model = FamilyRegistry.description(named: name) else {
            fields.reportUnknown("family", name, among: FamilyRegistry.names, field: "family")
            return nil
        }
        if fields.has("trials") && !model.takesTrials {
            let takers = FamilyRegistry.all.filter(\.takesTrials).map(\.name).joined(separator: ", ")
            fields.log.error("field 'trials' applies to the \(takers) family only", at: fields.value("trials"))
        }
        guard model.takesTrials else { return Family(model) }
        guard let trials else {
            if !fields.has("trials") {
                fields.log.error(
                    "the \(name) family needs 'trials', the number of trials per observation",
                    at: fields.value("family"))
            }
            return nil
        }
        return Family(model, trials: trials)
    }

    /// A mapping of parameter names to allowed values, each a parameter of `family`.
    static func parameters(_ node: Node, family: Family, field: String, extra: [String] = [], fields: YAMLMapping)
        -> [String: Double]?
    {
        guard case .mapping(let mapping) = node else {
            fields.log.error(
                "field '\(field)' in \(fields.what) must be a mapping such as {\(family.parameterNames[0]): 1}",
                at: node)
            return nil
        }
        var result: [String: Double] = [:]
        var valid = true
        for (key, value) in mapping {
            let name = key.string ?? ""
            if extra.contains(name) { continue }
            guard family.parameterNames.contains(name) else {
                fields.log.error(
                    "'\(name)' in '\(field)' is not a parameter of \(family.name) (its parameters: \(family.parameterNames.joined(separator: ", ")))",
                    at: key)
                valid = false
                continue
            }
            let domain = family.model.parameter(name)?.domain ?? .realLine
            guard let number = value.float, domain.contains(number) else {
                let requirement = value.float.flatMap(domain.violation) ?? domain.requirement
                fields.log.error(
                    "\(name) in '\(field)' must be \(requirement), not '\(value.string ?? "a list")'", at: value)
                valid = false
                continue
            }
            result[name] = number
        }
        return valid ? result : nil
    }

    private static func decodeFixed(_ fields: YAMLMapping, family: Family) -> [String: Double]? {
        guard let node = fields.value("fixed") else { return [:] }
        return parameters(node, family: family, field: "fixed", fields: fields)
    }

    private static func decodeValues(_ fields: YAMLMapping) -> [Double]? {
        guard let nodes = fields.sequence("data", allowEmpty: false), !nodes.isEmpty else { return nil }
        var values: [Double] = []
        for node in nodes {
            guard let number = node.float, number.isFinite else {
                fields.log.error(
                    "each value under 'data' in \(fields.what) must be a number, not '\(node.string ?? "a list")'",
                    at: node)
                return nil
            }
            values.append(number)
        }
        return values
    }

    /// A sample's source and size, drawn once when the page is decoded.
    private struct Sample {
        var source: ObservationSource
        let sampleSize: Int

        mutating func next(_ count: Int) -> [Double] { source.next(count) }
    }

    private static func decodeSample(_ fields: YAMLMapping, family: Family) -> Sample? {
        guard let node = fields.value("sample"),
            let parameters = parameters(node, family: family, field: "sample", extra: ["n", "seed"], fields: fields),
            case .mapping(let mapping) = node
        else { return nil }
        let missing = family.parameterNames.filter { parameters[$0] == nil }
        guard missing.isEmpty else {
            fields.log.error(
                "'sample' in \(fields.what) needs a value for \(missing.joined(separator: " and ")) to draw from",
                at: node)
            return nil
        }
        guard let count = mapping["n"]?.int, (1...100_000).contains(count) else {
            fields.log.error(
                "'sample' in \(fields.what) needs n, a whole number of draws from 1 to 100000", at: mapping["n"] ?? node
            )
            return nil
        }
        guard let seed = mapping["seed"]?.int, seed >= 0 else {
            fields.log.error(
                "'sample' in \(fields.what) needs seed, a whole number from 0 up, so the draw is the same every time",
                at: mapping["seed"] ?? node)
            return nil
        }
        return Sample(
            source: ObservationSource(family: family, parameters: parameters, seed: UInt64(seed)), sampleSize: count)
    }
}
