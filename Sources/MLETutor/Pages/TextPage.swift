/// A page of prose, optionally followed by steps (a derivation, an argument) that the learner
/// reveals one at a time by going forward (`n`, `→`, Space). Scrolls with ↑/↓ when it is taller
/// than its area; going forward also scrolls down to text below the screen before it reveals a
/// step, so forward never skips a word.
struct TextPage: PageModel {
    var body: MarkdownDocument
    var steps: [MarkdownDocument]
    /// How many steps are showing.
    private(set) var revealed = 0
    /// The first line shown; clamped to the content when drawn.
    private(set) var scroll = 0

    init(body: MarkdownDocument, steps: [MarkdownDocument] = []) {
        self.body = body
        self.steps = steps
    }

    static let pageKind = PageKind(name: "text", fields: ["body", "steps"]) { fields in
        let body = fields.string("body").map { fields.expandComputedValues($0, at: fields.value("body")) }
        let steps = fields.optionalSequence("steps")?.compactMap { node -> MarkdownDocument? in
            guard let text = node.string else {
                fields.log.error("each step of \(fields.what) must be text", at: node)
                return nil
            }
            return MarkdownDocument(parsing: fields.expandComputedValues(text, at: node))
        }
        guard let body else { return nil }
        return TextPage(body: MarkdownDocument(parsing: body), steps: steps ?? [])
    }

    var hasHiddenSteps: Bool { revealed < steps.count }

    var maximumWidth: Int? { 100 }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        guard case .key(let key) = event else { return .ignored }
        let total = lines(width: context.width, options: context.options).count
        let overflow = max(0, total - Self.visibleRows(total: total, height: context.height))
        switch key {
        case .down, .character("j"):
            guard scroll < overflow else { return .ignored }
            scroll += 1
        case .up, .character("k"):
            guard scroll > 0 else { return .ignored }
            scroll = min(scroll, overflow) - 1
        default:
            return .ignored
        }
        return .handled
    }

    func nextReveal(context: PageContext) -> String? {
        if hiddenBelow(context) { return "more below" }
        guard hasHiddenSteps else { return nil }
        return "next step\(context.options.glyphs.separator)\(revealed + 1) of \(steps.count)"
    }

    mutating func reveal(context: PageContext) {
        let total = lines(width: context.width, options: context.options).count
        let rows = Self.visibleRows(total: total, height: context.height)
        if hiddenBelow(context) {
            scroll = min(max(0, total - rows), min(scroll, total) + max(1, rows - 1))
            return
        }
        guard hasHiddenSteps else { return }
        revealed += 1
        let newTotal = lines(width: context.width, options: context.options).count
        scroll = max(0, newTotal - Self.visibleRows(total: newTotal, height: context.height))
        scroll = min(scroll, firstLineOfStep(revealed, width: context.width, options: context.options))
    }

    var revealedSteps: Int { revealed }

    mutating func restoreRevealedSteps(_ count: Int) {
        revealed = min(max(revealed, count), steps.count)
    }

    /// True when lines below the visible area have not been seen yet.
    private func hiddenBelow(_ context: PageContext) -> Bool {
        let total = lines(width: context.width, options: context.options).count
        let rows = Self.visibleRows(total: total, height: context.height)
        return min(scroll, max(0, total - rows)) + rows < total
    }

    /// The rows of text shown in an area `height` rows tall: all of them when the page fits,
    /// else one fewer, leaving the last row to the "↓ more" marker so it never covers text.
    static func visibleRows(total: Int, height: Int) -> Int {
        total > height && height > 1 ? height - 1 : height
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        let all = lines(width: rect.width, options: options)
        let rows = Self.visibleRows(total: all.count, height: rect.height)
        let first = min(scroll, max(0, all.count - rows))
        for (row, line) in all.dropFirst(first).prefix(rows).enumerated() {
            buffer.write(line, x: rect.x, y: rect.y + row, clip: rect)
        }
        if first + rows < all.count, rect.height > 1 {
            let more = options.unicode ? " ↓ more " : " v more "
            buffer.write(more, x: rect.maxX - more.count, y: rect.maxY - 1, style: .accent)
        }
    }

    /// Every line of the page as it stands, the prompt for the next step included.
    func lines(width: Int, options: DisplayOptions) -> [StyledLine] {
        var lines = MarkdownLayout.lines(body, width: width, options: options)
        for step in steps.prefix(revealed) {
            lines.append(.empty)
            lines += MarkdownLayout.lines(step, width: width, options: options)
        }
        if hasHiddenSteps {
            lines.append(.empty)
            lines.append(StyledLine("Press Space or n for step \(revealed + 1) of \(steps.count).", style: .accent))
        }
        return lines
    }

    /// The line where step `number` (1-based) starts, so revealing it never scrolls its top away.
    private func firstLineOfStep(_ number: Int, width: Int, options: DisplayOptions) -> Int {
        var count = MarkdownLayout.lines(body, width: width, options: options).count
        for step in steps.prefix(number - 1) {
            count += 1 + MarkdownLayout.lines(step, width: width, options: options).count
        }
        return count + 1
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        var hints: [KeyHint] = []
        if lines(width: context.width, options: context.options).count > context.height {
            hints.append(KeyHint(context.options.glyphs.upDown, "scroll"))
        }
        return hints
    }
}
