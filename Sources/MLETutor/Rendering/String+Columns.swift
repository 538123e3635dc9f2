extension String {
    /// The string padded with spaces on the right to `width` columns.
    func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    /// The string cut to at most `width` columns, ending in `ellipsis` when it was cut.
    func truncated(to width: Int, ellipsis: String) -> String {
        guard count > width else { return self }
        guard width > ellipsis.count else { return String(prefix(max(0, width))) }
        return String(prefix(width - ellipsis.count)) + ellipsis
    }
}
