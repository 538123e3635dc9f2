/// Everything the tutor shows and remembers while it runs. A value: `update` changes it,
/// `view` draws it, and nothing else does either.
struct AppState: Sendable {
    var course: Course
    var progress: LearnerProgress
    var options: DisplayOptions
    var width: Int
    var height: Int
    var screen: Screen
    var showingHelp = false
    /// True on a learner's first start: a short welcome over the map until the first key.
    var showingWelcome = false
    /// A message for the learner shown on the lesson map until the next key (a warning, say).
    var notice: String?
    /// Why the last save of progress failed, in words: shown on every screen until a save
    /// succeeds or the learner dismisses it; nil while progress is saved.
    var saveProblem: String?
    /// How many steps the learner revealed on each page they left in this session, keyed by
    /// `lesson-id/page-id`: a page they come back to shows them again. Not saved with progress.
    var revealedSteps: [String: Int] = [:]

    /// The smallest terminal the tutor lays out in.
    static let minimumWidth = 80
    static let minimumHeight = 24

    enum Screen: Sendable {
        case map(selected: Int)
        case lesson(LessonSession)
        /// One page on its own, outside the course: `mletutor explore` on the learner's data.
        case exploring(ExploreSession)
    }

    init(
        course: Course, progress: LearnerProgress, options: DisplayOptions, width: Int, height: Int, screen: Screen
    ) {
        self.course = course
        self.progress = progress
        self.options = options
        self.width = width
        self.height = height
        self.screen = screen
    }

    /// The state on the lesson map with the lesson the learner was last in selected.
    static func onMap(
        course: Course, progress: LearnerProgress, options: DisplayOptions, width: Int, height: Int
    ) -> AppState {
        let selected =
            progress.currentLessonID.flatMap(course.lessonIndex(id:)) ?? course.firstUnfinishedLesson(progress)
        return AppState(
            course: course, progress: progress, options: options, width: width, height: height,
            screen: .map(selected: selected))
    }

    /// The state inside lesson `lessonIndex`, on `page` (0-based) or on the page the learner
    /// last reached there.
    static func inLesson(
        _ lessonIndex: Int, page: Int? = nil, course: Course, progress: LearnerProgress,
        options: DisplayOptions, width: Int, height: Int
    ) -> AppState {
        var state = AppState(
            course: course, progress: progress, options: options, width: width, height: height,
            screen: .map(selected: lessonIndex))
        state.enterLesson(lessonIndex, page: page)
        return state
    }

    /// Opens lesson `lessonIndex` on `page` (0-based) or on the page the learner last reached
    /// there, with the steps revealed on it earlier in the session, and records the place.
    mutating func enterLesson(_ lessonIndex: Int, page: Int? = nil) {
        let lesson = course.lessons[lessonIndex]
        let pageIndex = min(max(0, page ?? progress.page(in: lesson)), lesson.pages.count - 1)
        var model = lesson.openPage(pageIndex, progress: progress)
        if let steps = revealedSteps[Self.revealKey(lesson, pageIndex)] { model.restoreRevealedSteps(steps) }
        screen = .lesson(LessonSession(lessonIndex: lessonIndex, pageIndex: pageIndex, page: model))
        recordPosition()
    }

    /// Keeps how far the lesson page on screen is revealed, for when the learner comes back to it.
    mutating func rememberRevealedSteps() {
        guard case .lesson(let session) = screen, session.page.revealedSteps > 0 else { return }
        let key = Self.revealKey(course.lessons[session.lessonIndex], session.pageIndex)
        revealedSteps[key] = max(revealedSteps[key] ?? 0, session.page.revealedSteps)
    }

    private static func revealKey(_ lesson: Lesson, _ pageIndex: Int) -> String {
        "\(lesson.id)/\(lesson.pages[pageIndex].id)"
    }

    /// The state `mletutor` starts in: the page where the learner left off, or the map.
    static func resuming(
        course: Course, progress: LearnerProgress, options: DisplayOptions, width: Int, height: Int
    ) -> AppState {
        if let id = progress.currentLessonID, let index = course.lessonIndex(id: id) {
            return inLesson(index, course: course, progress: progress, options: options, width: width, height: height)
        }
        var state = onMap(course: course, progress: progress, options: options, width: width, height: height)
        state.showingWelcome = progress == LearnerProgress()
        return state
    }

    /// A page shown on its own (`mletutor explore`), with no course and no progress to keep.
    static func exploring(_ page: any PageModel, title: String, options: DisplayOptions, width: Int, height: Int)
        -> AppState
    {
        AppState(
            course: Course(lessons: []), progress: LearnerProgress(), options: options, width: width, height: height,
            screen: .exploring(ExploreSession(title: title, page: page)))
    }

    /// The page on screen, if there is one.
    var activePage: (any PageModel)? {
        switch screen {
        case .map: return nil
        case .lesson(let session): return session.page
        case .exploring(let session): return session.page
        }
    }

    /// Records the checkpoint of the lesson page on screen once it is met; true when that is news
    /// (and the progress needs saving).
    mutating func recordCheckpoint() -> Bool {
        guard case .lesson(let session) = screen, session.page.checkpointMet == true else { return false }
        let lesson = course.lessons[session.lessonIndex]
        return progress.markCheckpointMet(lesson.pages[session.pageIndex].id, in: lesson.id)
    }

    /// Keeps the unfinished work of the lesson page on screen (a quiz mid-way) in the progress,
    /// or forgets it once the page has none.
    mutating func recordUnfinishedWork() {
        guard case .lesson(let session) = screen else { return }
        let lesson = course.lessons[session.lessonIndex]
        progress.setUnfinishedQuiz(session.page.unfinishedQuiz, page: lesson.pages[session.pageIndex].id, in: lesson.id)
    }

    /// Lets the page on screen handle `event`; `.ignored` when there is no page.
    mutating func sendToPage(_ event: PageEvent) -> PageResponse {
        let context = LessonLayout(state: self).pageContext
        switch screen {
        case .map:
            return .ignored
        case .lesson(var session):
            let response = session.page.handle(event, context: context)
            screen = .lesson(session)
            return response
        case .exploring(var session):
            let response = session.page.handle(event, context: context)
            screen = .exploring(session)
            return response
        }
    }

    var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    /// Writes the current lesson and page into `progress`.
    mutating func recordPosition() {
        switch screen {
        case .map:
            progress.currentLessonID = nil
        case .exploring:
            break
        case .lesson(let session):
            let lesson = course.lessons[session.lessonIndex]
            progress.currentLessonID = lesson.id
            progress.recordPage(session.pageIndex, in: lesson)
        }
    }
}

/// The learner's place inside a lesson and the live state of the page they are on.
struct LessonSession: Sendable {
    var lessonIndex: Int
    var pageIndex: Int
    var page: any PageModel
}

/// A page shown on its own by `mletutor explore`, under a title naming the data.
struct ExploreSession: Sendable {
    var title: String
    var page: any PageModel
}

extension Lesson {
    /// Page `index` in its initial state, given what it recorded on the learner's earlier visits.
    func openPage(_ index: Int, progress: LearnerProgress) -> any PageModel {
        var page = pages[index].model
        if let record = progress.record(page: pages[index].id, in: id) { page.resume(from: record) }
        if let unfinished = progress.unfinishedQuiz(page: pages[index].id, in: id) {
            page.resume(unfinished: unfinished)
        }
        return page
    }
}

extension Course {
    /// The first lesson not yet completed (the last lesson when all are).
    func firstUnfinishedLesson(_ progress: LearnerProgress) -> Int {
        lessons.firstIndex { !progress.isCompleted($0) } ?? max(0, lessons.count - 1)
    }
}
