import CNcurses
import Glibc

/// The locale the terminal runs in.
enum TerminalLocale {
    /// Adopts the user's locale (ncurses draws wide characters only after this) and tells
    /// whether it encodes text as UTF-8, which decides between Unicode and ASCII drawing.
    @discardableResult
    static func activate() -> Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
