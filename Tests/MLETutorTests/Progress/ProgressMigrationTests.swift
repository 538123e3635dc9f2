import Foundation
import Testing

@testable import MLETutor

/// Progress files written by version 1 (records keyed by page index) read into the course as it
/// is now, keyed by stable ids, with nothing lost.
@Suite struct ProgressMigrationTests {
    /// A file exactly as version 1 wrote it: in lesson 2 on page 3, lesson 1 read to the end, and
    /// two attempts at lesson 2's quiz (page index 3) that missed questions 1 and 4.
    static let version1File = #"""
        {
          "currentLessonID" : "coin-tosses",
          "lessons" : {
            "coin-tosses" : {
              "completed" : false,
              "page" : 2,
              "records" : {
                "3" : {
                  "attempts" : 2,
                  "best" : { "missed" : [ 3 ], "score" : 4, "total" : 5 },
                  "latest" : { "missed" : [ 0, 3 ], "score" : 3, "total" : 5 }
                }
              }
            },
            "why-likelihood" : { "completed" : true, "page" : 0 }
          },
          "version" : 1
        }
        """#

    @Test func aVersion1FileLoadsIntoTheShippedCourseWithNothingLost() throws {
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(Self.version1File.utf8))
        let course = try #require(Course.load(LessonSource.embedded).course)
        let coins = try #require(course.lessons.first { $0.id == "coin-tosses" })
        let why = try #require(course.lessons.first { $0.id == "why-likelihood" })
        #expect(progress.version == LearnerProgress.currentVersion)
        #expect(progress.currentLessonID == "coin-tosses")
        #expect(progress.page(in: coins) == 2, "the page the learner was on, found by its id")
        #expect(progress.lessons["why-likelihood"]?.finished == true)
        #expect(progress.isCompleted(why) == (why.checkpointPageIDs.isEmpty), "read to the end")

        let quizIndex = try #require(coins.pages.firstIndex { $0.model is QuizPage })
        let quiz = try #require(coins.pages[quizIndex].model as? QuizPage)
        let record = try #require(progress.record(page: coins.pages[quizIndex].id, in: "coin-tosses"))
        #expect(record.attempts == 2)
        #expect(record.best.score == 4 && record.best.total == 5)
        #expect(record.best.missed == [quiz.questions[3].id])
        #expect(record.latest.missed == [quiz.questions[0].id, quiz.questions[3].id])
        #expect(progress.checkpoints(in: coins).met >= 1, "a finished quiz meets its checkpoint")
        #expect(progress.bestScore(in: "coin-tosses")?.score == 4)
    }

    @Test func theMigratedQuizAsksTheQuestionsMissedLastTimeFirst() throws {
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(Self.version1File.utf8))
        let course = try #require(Course.load(LessonSource.embedded).course)
        let lessonIndex = try #require(course.lessonIndex(id: "coin-tosses"))
        let quizIndex = try #require(course.lessons[lessonIndex].pages.firstIndex { $0.model is QuizPage })
        let quiz = try #require(course.lessons[lessonIndex].openPage(quizIndex, progress: progress) as? QuizPage)
        #expect(Array(quiz.order.prefix(2)) == [0, 3])
    }

    @Test func aMigratedFileSavesAsTheCurrentVersionAndReadsBackEqual() throws {
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(Self.version1File.utf8))
        let data = try JSONEncoder().encode(progress)
        #expect(String(decoding: data, as: UTF8.self).contains("\"version\":\(LearnerProgress.currentVersion)"))
        #expect(try JSONDecoder().decode(LearnerProgress.self, from: data) == progress)
    }

    @Test func aFileFromANewerTutorIsNotMisread() {
        let newer = #"{"version":99,"lessons":{}}"#
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode(LearnerProgress.self, from: Data(newer.utf8))
        }
    }

    @Test func progressIsKeptByIDSoAReorderedLessonStillFindsIt() throws {
        let before = try FixtureCourse.load([
            LessonSource(
                path: "a.yaml",
                text: """
                    id: a
                    title: A
                    summary: S.
                    pages:
                      - kind: text
                        title: One
                        body: One.
                      - kind: text
                        title: Two
                        body: Two.
                    """)
        ])
        let after = try FixtureCourse.load([
            LessonSource(
                path: "a.yaml",
                text: """
                    id: a
                    title: A
                    summary: S.
                    pages:
                      - kind: text
                        title: Inserted
                        body: New.
                      - kind: text
                        title: One
                        body: One.
                      - kind: text
                        title: Two
                        body: Two.
                    """)
        ])
        var progress = LearnerProgress()
        progress.recordPage(1, in: before.lessons[0])
        #expect(progress.page(in: after.lessons[0]) == 2, "still on page 'Two', now the third")
    }
}

extension ProgressMigrationTests {
    @Test func aVersion2LessonWithFieldsLeftOutStillReads() throws {
        let text = #"{"version":2,"lessons":{"coin-tosses":{"checkpoints":["check-your-understanding"]}}}"#
        let progress = try JSONDecoder().decode(LearnerProgress.self, from: Data(text.utf8))
        #expect(progress.lessons["coin-tosses"]?.checkpoints == ["check-your-understanding"])
        #expect(progress.lessons["coin-tosses"]?.finished == false)
        #expect(progress.lessons["coin-tosses"]?.records == [:])
    }
}
