import Foundation
import Testing

@testable import MLETutor

/// Compares `text` with the stored snapshot `Tests/MLETutorTests/__Snapshots__/<name>.txt`.
///
/// A missing snapshot is written and the test fails, so a new snapshot is always looked at before
/// it is committed. With `SNAPSHOT_RECORD=1` in the environment every snapshot is written anew.
func expectSnapshot(
    _ text: String,
    named name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !recording, let stored = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? (text + "\n").write(to: file, atomically: true, encoding: .utf8)
        Issue.record(
            "Recorded snapshot \(name) at \(file.path); check it and run the tests again.",
            sourceLocation: sourceLocation)
        return
    }
    let expected = stored.hasSuffix("\n") ? String(stored.dropLast()) : stored
    if expected != text {
        Issue.record(
            "Snapshot \(name) differs.\n--- stored\n\(expected)\n--- now\n\(text)\n(SNAPSHOT_RECORD=1 re-records.)",
            sourceLocation: sourceLocation
        )
    }
}

/// Compares the plain text of `buffer` with a stored snapshot; see `expectSnapshot(_:named:)`.
func expectSnapshot(
    _ buffer: TextBuffer,
    named name: String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    expectSnapshot(buffer.description, named: name, sourceLocation: sourceLocation)
}
