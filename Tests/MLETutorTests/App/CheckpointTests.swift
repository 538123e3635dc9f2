import Testing

@testable import MLETutor

/// A lesson counts as completed only when the learner did its work: every checkpoint met.
@Suite struct CheckpointTests {
    private func shippedCourse() throws -> Course {
        try #require(Course.load(LessonSource.embedded).course)
    }

    @Test func aFreshLearnerWhoOnlyPressesNextCompletesNothing() throws {
        let course = try shippedCourse()
        var state = AppState.onMap(
            course: course, progress: LearnerProgress(), options: .standard, width: 80, height: 24)
        for lessonIndex in course.lessons.indices {
            state.screen = .map(selected: lessonIndex)
            _ = AppUpdate.update(&state, .key(.enter))
            var presses = 0
            while case .lesson = state.screen, presses < 500 {
                _ = AppUpdate.update(&state, .key(.character("n")))
                presses += 1
            }
        }
        // A lesson of prose alone has nothing to do but read: going through it is its work.
        let prose = course.lessons.filter { $0.checkpointPageIDs.isEmpty }
        for lesson in course.lessons where !lesson.checkpointPageIDs.isEmpty {
            #expect(!state.progress.isCompleted(lesson), "\(lesson.id) is not completed by paging through")
            #expect(state.progress.checkpoints(in: lesson).met == 0, "\(lesson.id)")
        }
        #expect(prose.count < course.lessons.count / 2, "most lessons have work to do")
        let map = AppView.render(
            AppState.onMap(course: course, progress: state.progress, options: .standard, width: 80, height: 24))
        #expect(map.description.contains("\(prose.count) of \(course.lessons.count) lessons done"))
    }

    @Test func finishingTheQuizMeetsItsCheckpointAndCompletesTheLesson() throws {
        var state = try QuizFixture.state()
        #expect(state.progress.checkpoints(in: state.course.lessons[0]) == (0, 1))
        var presses = 0
        while state.quiz?.isShowingSummary == false, presses < 60 {
            _ = AppUpdate.update(&state, .key(.character("1")))
            _ = AppUpdate.update(&state, .key(.enter))
            presses += 1
        }
        let lesson = state.course.lessons[0]
        #expect(state.progress.checkpoints(in: lesson) == (1, 1))
        #expect(state.progress.isCompleted(lesson))
    }

    @Test func reachingAnExplorerGoalIsRecordedAndSaved() throws {
        let course = try shippedCourse()
        let (lessonIndex, pageIndex) = try #require(
            course.lessons.indices.lazy.compactMap { l in
                course.lessons[l].pages.firstIndex { $0.model.checkpointMet == false && $0.model is ExplorerPage }
                    .map { (l, $0) }
            }.first)
        var state = AppState.inLesson(
            lessonIndex, page: pageIndex, course: course, progress: LearnerProgress(), options: .standard,
            width: 80, height: 24)
        var effects: [Effect] = []
        var presses = 0
        while state.activePage?.checkpointMet == false, presses < 400 {
            guard let page = state.activePage as? ExplorerPage else { break }
            let key: Key = page.hint.contains("right") ? .right : .left
            effects = AppUpdate.update(&state, .key(key))
            presses += 1
        }
        let pageID = course.lessons[lessonIndex].pages[pageIndex].id
        #expect(state.progress.lessons[course.lessons[lessonIndex].id]?.checkpoints.contains(pageID) == true)
        #expect(effects.contains(.saveProgress(state.progress)))
    }
}
