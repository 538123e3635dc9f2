import Foundation

/// Loads and saves `LearnerProgress` in `<state directory>/mletutor/progress.json`.
///
/// Saving writes a temporary file beside the real one and renames it over it, so a crash or a
/// full disk mid-write never leaves half a file; it does so under a lock, merging what another
/// tutor saved meanwhile. A file that cannot be opened or read as progress is moved aside to
/// `progress.json.corrupt-<timestamp>` (never deleted) and the learner starts fresh.
struct ProgressStore: Sendable {
    let directory: String

    init(directory: String) {
        self.directory = directory
    }

    /// The store at `$XDG_STATE_HOME/mletutor`, or `~/.local/state/mletutor` when that is unset.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            let home = environment["HOME"] ?? NSHomeDirectory()
            base = home + "/.local/state"
        }
        self.init(directory: base + "/mletutor")
    }

    var path: String { directory + "/progress.json" }

    /// The outcome of loading: the progress, and a warning when the file had to be set aside.
    struct Loaded: Sendable {
        var progress: LearnerProgress
        var warning: String?
    }

    /// The saved progress. With `settingAside` (the tutor, which will save) a file that cannot be
    /// read is moved aside and stale temporary files are removed; without it (`list`, which only
    /// reads) nothing on disk changes and the warning says so.
    func load(now: Date = Date(), settingAside: Bool = true) -> Loaded {
        if settingAside { removeStaleTemporaryFiles() }
        var status = stat()
        guard lstat(path, &status) == 0 else { return Loaded(progress: LearnerProgress(), warning: nil) }
        let isFile = status.st_mode & S_IFMT == S_IFREG
        let data = isFile ? FileManager.default.contents(atPath: path) : nil
        if let data, let progress = Self.decode(data) {
            return Loaded(progress: progress, warning: nil)
        }
        var problem =
            !isFile
            ? "is not a regular file"
            : data == nil ? "could not be opened for reading" : "could not be read as progress"
        if let data, let version = Self.version(of: data), version > LearnerProgress.currentVersion {
            problem =
                "was written by a newer mletutor (progress version \(version); this one reads version \(LearnerProgress.currentVersion))"
        }
        guard settingAside else {
            return Loaded(
                progress: LearnerProgress(),
                warning: "warning: \(path) \(problem); showing no progress and leaving it as it is")
        }
        var aside = path + ".corrupt-" + Self.timestamp(now)
        var attempt = 1
        while FileManager.default.fileExists(atPath: aside) {
            attempt += 1
            aside = path + ".corrupt-" + Self.timestamp(now) + "-\(attempt)"
        }
        guard rename(path, aside) == 0 else {
            let reason = String(cString: strerror(errno))
            return Loaded(
                progress: LearnerProgress(),
                warning:
                    "warning: \(path) \(problem) and could not be moved aside (\(reason)); starting fresh without overwriting it"
            )
        }
        return Loaded(
            progress: LearnerProgress(),
            warning: "warning: \(path) \(problem); moved it to \(aside) and started fresh")
    }

    /// The `version` a progress file declares, if it declares a whole number.
    static func version(of data: Data) -> Int? {
        struct Versioned: Decodable { let version: Int }
        return try? JSONDecoder().decode(Versioned.self, from: data).version
    }

    /// Progress decoded from a file's bytes, with its numbers brought into range; nil when the
    /// bytes are not progress of this version.
    static func decode(_ data: Data) -> LearnerProgress? {
        guard let progress = try? JSONDecoder().decode(LearnerProgress.self, from: data),
            progress.version == LearnerProgress.currentVersion
        else {
            return nil
        }
        return progress.withinLimits()
    }

    /// Writes `progress` merged with what another tutor may have saved meanwhile: under a lock
    /// on `progress.lock`, the file is read, merged (`LearnerProgress.merged(with:)`), written to
    /// a temporary file in the same folder and renamed over the old one.
    func save(_ progress: LearnerProgress) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let lock = open(directory + "/progress.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard lock >= 0 else {
            throw ProgressStoreError(message: "cannot lock \(directory): \(String(cString: strerror(errno)))")
        }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw ProgressStoreError(message: "cannot lock \(directory): \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(lock, LOCK_UN) }
        var merged = progress
        if let data = FileManager.default.contents(atPath: path), let onDisk = Self.decode(data) {
            merged = progress.merged(with: onDisk)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(merged)
        let temporary = directory + "/" + Self.temporaryPrefix + "\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else {
            throw ProgressStoreError(message: "cannot write \(temporary)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw ProgressStoreError(message: "cannot replace \(path): \(reason)")
        }
    }

    /// Temporary files are `.progress.json.tmp-<pid>`.
    static let temporaryPrefix = ".progress.json.tmp-"

    /// Removes temporary files left by runs that were killed mid-save (their process is gone).
    func removeStaleTemporaryFiles() {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names where name.hasPrefix(Self.temporaryPrefix) {
            let owner = Int32(name.dropFirst(Self.temporaryPrefix.count))
            if let owner, owner != getpid(), kill(owner, 0) == 0 || errno == EPERM { continue }
            if owner == getpid() { continue }
            unlink(directory + "/" + name)
        }
    }

    /// Removes the progress file; true when there was one. Anything else at its path (a folder,
    /// a link, a device) is refused, never deleted.
    @discardableResult
    func reset() throws -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0 else { return false }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw ProgressStoreError(message: "\(path) is not a regular file; not removing it")
        }
        guard unlink(path) == 0 else {
            throw ProgressStoreError(message: "cannot remove \(path): \(String(cString: strerror(errno)))")
        }
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
struct ProgressStoreError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
