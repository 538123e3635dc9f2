import Foundation

/// Why a save failed, in words a learner can act on, not a framework's error dump.
enum SaveFailure {
    static func words(for error: any Error) -> String {
        if let store = error as? ProgressStoreError { return store.message }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain
        {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))).lowercased() }
        if let path = nsError.userInfo[NSFilePathErrorKey] as? String {
            return "cannot write \(path)" + (nsError.code == NSFileWriteNoPermissionError ? ": permission denied" : "")
        }
        return nsError.localizedDescription
    }
}
