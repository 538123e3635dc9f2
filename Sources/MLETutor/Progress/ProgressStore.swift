import Foundation

/// Loads and saves `LearnerProgress` in `<state directory>/mletutor/progress.json`.
///
/// Saving writes a temporary file beside the real one and renames it over it, so a crash or a
/// full disk mid-write never leaves half a file. A file that cannot be read as progress is moved
/// aside to `progress.json.corrupt-<timestamp>` (never deleted) and the learner starts fresh.
public struct ProgressStore: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The store at `$XDG_STATE_HOME/mletutor`, or `~/.local/state/mletutor` when that is unset.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/state"
        }
        self.init(directory: base + "/mletutor")
    }

    public var path: String { directory + "/progress.json" }

    /// The outcome of loading: the progress, and a warning when the file had to be set aside.
    public struct Loaded: Sendable {
        public var progress: LearnerProgress
        public var warning: String?
    }

    public func load(now: Date = Date()) -> Loaded {
        guard let data = FileManager.default.contents(atPath: path) else {
            return Loaded(progress: LearnerProgress(), warning: nil)
        }
        if let progress = try? JSONDecoder().decode(LearnerProgress.self, from: data),
            progress.version == LearnerProgress.currentVersion
        {
            return Loaded(progress: progress, warning: nil)
        }
        var aside = path + ".corrupt-" + Self.timestamp(now)
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = path + ".corrupt-" + Self.timestamp(now) + "-\(attempt)"
        }
        do {
            try FileManager.default.moveItem(atPath: path, toPath: aside)
            return Loaded(
                progress: LearnerProgress(),
                warning: "warning: \(path) could not be read as progress; moved it to \(aside) and started fresh")
        } catch {
            return Loaded(
                progress: LearnerProgress(),
                warning:
                    "warning: \(path) could not be read as progress and could not be moved aside (\(error.localizedDescription)); starting fresh without overwriting it"
            )
        }
    }

    /// Writes `progress` atomically: a temporary file in the same folder, then a rename.
    public func save(_ progress: LearnerProgress) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(progress)
        let temporary = directory + "/.progress.json.tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw ProgressStoreError(message: "cannot write \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ProgressStoreError(message: "cannot replace \(path): \(reason)")
        }
    }

    /// Removes the progress file; true when there was one.
    @discardableResult
    public func reset() throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return false }
        try FileManager.default.removeItem(atPath: path)
        return true
    }

    /// A UTC time stamp such as `20261127T174512Z`, safe in file names.
    static func timestamp(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return
            "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
    }
}

/// A progress file that could not be written.
public struct ProgressStoreError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
