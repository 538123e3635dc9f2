import Foundation
import Testing

@testable import MLETutor

/// A failed save explained in words, not as a framework's error dump.
@Suite struct SaveFailureTests {
    @Test func foundationErrorsAreReadInWords() {
        let error = NSError(
            domain: NSCocoaErrorDomain, code: NSFileWriteNoPermissionError,
            userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(EACCES))])
        #expect(SaveFailure.words(for: error) == "permission denied")
        #expect(!SaveFailure.words(for: error).contains("NSCocoaErrorDomain"))
    }

    @Test func theStoresOwnMessagesAreKept() {
        #expect(
            SaveFailure.words(for: ProgressStoreError(message: "cannot replace /p: read-only file system"))
                == "cannot replace /p: read-only file system")
    }

    @Test func aRealUnwritableFolderGivesAReasonInWords() throws {
        let store = ProgressStore(directory: "/proc/mletutor-cannot-exist/mletutor")
        do {
            try store.save(LearnerProgress())
            Issue.record("saving into /proc should fail")
        } catch {
            let words = SaveFailure.words(for: error)
            #expect(!words.contains("Domain="), "\(words)")
            #expect(!words.isEmpty)
        }
    }
}
