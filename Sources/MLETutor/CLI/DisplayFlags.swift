import ArgumentParser
import Foundation

/// The flags that choose how the tutor draws.
struct DisplayFlags: ParsableArguments {
    @Flag(help: "Draw with ASCII characters only (chosen by itself in a non-UTF-8 locale).")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Draw without colours (also when NO_COLOR is set).")
    var noColor = false

    /// The display options for a terminal whose locale is or is not UTF-8.
    func options(localeIsUTF8: Bool, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> DisplayOptions
    {
        let noColorVariable = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return DisplayOptions(unicode: localeIsUTF8 && !ascii, color: !noColor && !noColorVariable)
    }
}
