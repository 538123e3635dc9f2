/// The part of a formula that depends on both θ and the observation, compiled to a flat list of
/// instructions run once per observation: the parts free of x are evaluated once per call and the
/// data-only parts were precomputed as columns, so the loop does only the work that must vary.
struct ObservationProgram: Sendable {
    enum Operand: Sendable {
        /// The result of an earlier instruction.
        case slot(Int)
        /// A precomputed column.
        case column(Int)
        /// A value computed once per call.
        case perCall(Int)
    }

    enum Instruction: Sendable {
        case negate(Operand)
        case binary(BinaryOperator, Operand, Operand)
        case unary(MathFunction, Operand)
        case pair(MathFunction, Operand, Operand)
    }

    private(set) var instructions: [Instruction] = []
    private(set) var perCall: [BoundNode] = []

    /// Compiles `node`, which depends on both θ and x.
    init(compiling node: BoundNode) {
        let result = operand(for: node)
        if case .slot = result { return }
        // A node that turned out not to vary: keep one instruction so the loop has a result slot.
        instructions.append(.binary(.add, result, .perCall(perCallIndex(.constant(0)))))
    }

    private mutating func perCallIndex(_ node: BoundNode) -> Int {
        perCall.append(node)
        return perCall.count - 1
    }

    private mutating func operand(for node: BoundNode) -> Operand {
        if node.isPerSample { return .perCall(perCallIndex(node)) }
        let instruction: Instruction
        switch node {
        case .column(let index): return .column(index)
        case .negate(let a): instruction = .negate(operand(for: a))
        case .binary(let op, let a, let b): instruction = .binary(op, operand(for: a), operand(for: b))
        case .call(let function, let arguments) where arguments.count == 1:
            instruction = .unary(function, operand(for: arguments[0]))
        case .call(let function, let arguments):
            instruction = .pair(function, operand(for: arguments[0]), operand(for: arguments[1]))
        case .constant, .parameter, .summary: preconditionFailure("per-sample nodes are handled above")
        }
        instructions.append(instruction)
        return .slot(instructions.count - 1)
    }

    /// Σᵢ of the compiled node over every observation, as a jet in θ.
    ///
    /// - Complexity: O(n · instructions).
    func sum(parameters: [Jet], summaries: [Jet], columns: ColumnStore) -> Jet {
        let values = perCall.map { $0.jet(parameters: parameters, summaries: summaries) }
        var slots = [Jet](repeating: Jet(constant: 0), count: instructions.count)
        var total = Jet(constant: 0)
        let n = columns.count
        columns.storage.withUnsafeBufferPointer { data in
            values.withUnsafeBufferPointer { values in
                slots.withUnsafeMutableBufferPointer { slots in
                    instructions.withUnsafeBufferPointer { program in
                        for i in 0..<n {
                            @inline(__always) func fetch(_ operand: Operand) -> Jet {
                                switch operand {
                                case .slot(let k): return slots[k]
                                case .column(let c): return Jet(constant: data[c * n + i])
                                case .perCall(let k): return values[k]
                                }
                            }
                            for k in 0..<program.count {
                                switch program[k] {
                                case .negate(let a): slots[k] = -fetch(a)
                                case .binary(let op, let a, let b): slots[k] = op.apply(fetch(a), fetch(b))
                                case .unary(let function, let a):
                                    let argument = fetch(a)
                                    let (value, slope, curvature) = function.derivatives(at: argument.value)
                                    slots[k] = argument.composed(value, slope: slope, curvature: curvature)
                                case .pair(let function, let a, let b): slots[k] = function.value([fetch(a), fetch(b)])
                                }
                            }
                            total = total + slots[program.count - 1]
                        }
                    }
                }
            }
        }
        return total
    }
}
