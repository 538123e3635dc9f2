/// The page and question ids of the course as it stood when progress files were version 1,
/// frozen: version 1 files name pages and questions by position in that course.
enum Version1Course {
    struct Page {
        var id: String
        /// The quiz's question ids in order; empty for other pages.
        var questions: [String] = []
    }

    struct Lesson {
        var pages: [Page]
    }

    static let lessons: [String: Lesson] = [
        "why-likelihood": Lesson(pages: [
            Page(id: "what-you-will-be-able-to-do"),
            Page(id: "fisher-s-question"),
        ]),
        "coin-tosses": Lesson(pages: [
            Page(id: "a-coin-of-unknown-bias"),
            Page(id: "the-likelihood-of-the-coin-s-bias"),
            Page(id: "what-the-answer-means"),
            Page(
                id: "check-your-understanding",
                questions: [
                    "ten-tosses-give-7-heads-of-these-biases-under",
                    "with-the-data-fixed-at-7-heads-in-10-the",
                    "which-of-these-are-true-select-all-that-apply",
                    "for-7-heads-in-10-the-score-is-p-7-p-3-1-p-what",
                    "a-different-coin-is-tossed-n-times-data-what-is",
                ]),
        ]),
        "likelihood-explorer": Lesson(pages: [
            Page(id: "the-coin-again-with-a-slider"),
            Page(id: "what-the-slider-showed"),
            Page(id: "more-tosses-a-sharper-peak"),
            Page(id: "the-mean-of-a-normal-sample"),
            Page(id: "three-thousand-tosses"),
            Page(id: "likelihood-or-log-likelihood"),
        ]),
        "why-logs": Lesson(pages: [
            Page(id: "likelihoods-are-tiny"),
            Page(id: "multiplying-against-adding-logs"),
            Page(id: "what-the-page-showed"),
        ]),
        "numerical-mle": Lesson(pages: [
            Page(id: "gradient-ascent-on-the-gamma-shape"),
            Page(id: "too-large-a-learning-rate"),
            Page(id: "newton-raphson-on-the-gamma-shape"),
            Page(id: "two-parameters-at-once"),
            Page(id: "a-ridge-in-the-gamma-surface"),
        ]),
        "deep-learning-losses": Lesson(pages: [
            Page(id: "a-loss-function-is-a-model-in-disguise"),
            Page(id: "cross-entropy-from-the-bernoulli-model"),
            Page(id: "training-a-classifier-is-maximum-likelihood"),
            Page(id: "what-you-just-watched"),
            Page(id: "when-the-classes-can-be-separated"),
            Page(id: "no-maximum-to-find"),
            Page(id: "mse-from-gaussian-noise"),
            Page(id: "fitting-a-line-is-maximum-likelihood"),
            Page(id: "the-same-conclusion-twice"),
        ]),
        "properties-of-the-mle": Lesson(pages: [
            Page(id: "four-promises"),
            Page(id: "consistency"),
            Page(id: "closing-in"),
            Page(id: "asymptotic-normality"),
            Page(id: "the-bell-over-the-histogram"),
            Page(id: "efficiency-against-the-method-of-moments"),
            Page(id: "both-right-on-average-one-more-precise"),
            Page(id: "invariance"),
            Page(id: "reparameterise-freely"),
        ]),
    ]
}
