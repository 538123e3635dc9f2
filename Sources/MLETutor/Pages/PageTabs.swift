/// Several pages over the same data behind one screen, Tab moving between them: `mletutor
/// explore` offers the slider and the optimizer for one free parameter this way.
struct PageTabs: PageModel {
    let names: [String]
    private(set) var pages: [any PageModel]
    private(set) var selected = 0

    /// - Precondition: one name for each page, and at least one page.
    init(_ tabs: [(name: String, page: any PageModel)]) {
        precondition(!tabs.isEmpty, "tabs need a page")
        names = tabs.map(\.name)
        pages = tabs.map(\.page)
    }

    var page: any PageModel { pages[selected] }
    var wantsTicks: Bool { page.wantsTicks }

    mutating func handle(_ event: PageEvent, context: PageContext) -> PageResponse {
        if case .key(.tab) = event {
            selected = (selected + 1) % pages.count
            return .handled
        }
        var context = context
        context.height = max(0, context.height - 2)
        let response = pages[selected].handle(event, context: context)
        shareEditedData()
        return response
    }

    /// When the page in front edited its data, every other page takes the new data, so all tabs
    /// show one dataset.
    private mutating func shareEditedData() {
        guard let edited = (pages[selected] as? any SharedDataPage)?.likelihoodModel else { return }
        for index in pages.indices where index != selected {
            guard var other = pages[index] as? any SharedDataPage, let current = other.likelihoodModel,
                current.revision != edited.revision || current.summary.count != edited.summary.count
            else { continue }
            other.adopt(edited)
            if let page = other as? any PageModel { pages[index] = page }
        }
    }

    func draw(into buffer: inout TextBuffer, in rect: Rect, options: DisplayOptions) {
        var x = rect.x
        for (index, name) in names.enumerated() {
            x +=
                buffer.write(" \(name) ", x: x, y: rect.y, style: index == selected ? .selection : .muted, clip: rect)
                + 1
        }
        let (_, below) = rect.splitTop(2)
        page.draw(into: &buffer, in: below, options: options)
    }

    func keyHints(context: PageContext) -> [KeyHint] {
        [KeyHint("Tab", names[(selected + 1) % names.count].lowercased())] + page.keyHints(context: context)
    }
}
