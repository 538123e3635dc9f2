import Testing

@testable import MLETutor

/// A lesson with one question of every type, written for the tests so that they do not change
/// when the shipped lessons are edited. The quiz is page 2 (index 1).
enum QuizFixture {
    static let lessonID = "quiz-fixture"
    static let quizPage = 1
    /// The quiz page's id, derived from its title.
    static let quizPageID = "check-your-understanding"

    /// The ids of the questions at `indices` of the quiz.
    static func questionIDs(_ indices: [Int]) throws -> [String] {
        let quiz = try #require(try course().lessons[0].pages[quizPage].model as? QuizPage)
        return indices.map { quiz.questions[$0].id }
    }

    static let source = LessonSource(
        path: "fixtures/quiz.yaml",
        text: """
            id: quiz-fixture
            title: A quiz fixture
            summary: A page of teaching and a quiz with one question of every type.
            pages:
              - kind: text
                title: The teaching
                body: Seven heads in ten tosses give p̂ = 7/10.
              - kind: quiz
                title: Check your understanding
                questions:
                  - type: single
                    prompt: After **7 heads** in 10 tosses, which bias makes the data most probable?
                    revisit: 1
                    options:
                      - text: "p = 0.5"
                        explanation: A fair coin is a guess, not an estimate from these tosses.
                      - text: "p = 0.7"
                        correct: true
                        explanation: The likelihood peaks at the share of heads seen.
                      - text: "p = 0.9"
                        explanation: That coin would usually give more than 7 heads.
                  - type: multiple
                    prompt: Which are true of the likelihood `L(p)`? Select all that apply.
                    hint: Two are true.
                    options:
                      - text: It is a function of p with the data fixed.
                        correct: true
                        explanation: The data stay fixed and p varies.
                      - text: It is the probability that p is the true bias.
                        explanation: That would need a prior; L is a probability of the data.
                      - text: Its logarithm peaks at the same p.
                        correct: true
                        explanation: The logarithm is increasing, so the peak stays put.
                  - type: true-false
                    prompt: The likelihood integrates to 1 over p.
                    revisit: 1
                    answer: false
                    explain-true: It is a probability of the data, not of p.
                    explain-false: Right; nothing makes its area over p equal 1.
                  - type: numeric
                    prompt: What is p̂ after 7 heads in 10 tosses?
                    revisit: 1
                    hint: Divide the heads by the tosses.
                    answer: 0.7
                    tolerance: 0.005
                    explanation: p̂ = 7/10 = 0.7, the share of heads.
                    mistakes:
                      - answer: 0.3
                        explanation: That is the share of tails.
                  - type: seeded
                    generator: exponential-rate
                    seed: 8
                    count: 8
                    prompt: "Eight waiting times: {data}. What is λ̂?"
                    tolerance: 0.005
                    explanation: "λ̂ = {n}/{sum} = {answer}."
            """)

    static func course() throws -> Course {
        try FixtureCourse.load([source])
    }

    /// The tutor open on the quiz page.
    static func state(
        progress: LearnerProgress = LearnerProgress(), options: DisplayOptions = .standard,
        width: Int = 80, height: Int = 24
    ) throws -> AppState {
        .inLesson(
            0, page: quizPage, course: try course(), progress: progress, options: options, width: width, height: height)
    }
}

extension AppState {
    /// The quiz on screen, if the screen shows one.
    var quiz: QuizPage? {
        guard case .lesson(let session) = screen else { return nil }
        return session.page as? QuizPage
    }

    /// The page index on screen, nil on the map.
    var pageIndex: Int? {
        guard case .lesson(let session) = screen else { return nil }
        return session.pageIndex
    }

    /// Sends `keys` in turn, returning every effect asked for.
    mutating func press(_ keys: [Key]) -> [Effect] {
        keys.flatMap { AppUpdate.update(&self, .key($0)) }
    }

    /// Sends each character of `text` as a key.
    mutating func type(_ text: String) -> [Effect] {
        press(text.map(Key.character))
    }
}
