/// Where the parts of a lesson screen go: the header, the lesson's progress bar, the page title,
/// the page itself and the key help bar. Shared by `update` (pages learn their size) and `view`.
struct LessonLayout {
    let header: Rect
    let progressBar: Rect
    let title: Rect
    let page: Rect
    let keyBar: Rect
    let options: DisplayOptions

    init(state: AppState) {
        let screen = Rect(x: 0, y: 0, width: state.width, height: state.height)
        let (header, belowHeader) = screen.splitTop(1)
        let (progressBar, belowBar) = belowHeader.splitTop(1)
        let (content, keyBar) = belowBar.splitBottom(1)
        var body = content.inset(top: 1, left: 2, bottom: 1, right: 2)
        var hasTitle = false
        if case .lesson(let session) = state.screen {
            hasTitle = state.course.lessons[session.lessonIndex].pages[session.pageIndex].title != nil
            if let maximumWidth = session.page.maximumWidth {
                body = body.centeredColumn(maxWidth: maximumWidth)
            }
        }
        let (title, page) = body.splitTop(hasTitle ? 2 : 0)
        self.header = header
        self.progressBar = progressBar
        self.title = title.splitTop(1).top
        self.page = page
        self.keyBar = keyBar
        self.options = state.options
    }

    var pageContext: PageContext {
        PageContext(width: page.width, height: page.height, options: options)
    }
}
