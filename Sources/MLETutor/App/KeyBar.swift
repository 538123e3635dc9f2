/// The one-line key help at the bottom of the screen: the keys that work right now.
enum KeyBar {
    /// The keys that move between pages, help and quit: always on the bar, compact when the
    /// page's own keys need the room.
    struct Navigation {
        var full: [KeyHint]
        var compact: [KeyHint]
    }

    /// Draws the page's keys and the navigation keys. The navigation keys always show: in full
    /// when everything fits, else in their compact form; page keys that still do not fit are
    /// left off from the end (they stay in the `?` help).
    static func draw(_ pageHints: [KeyHint], navigation: Navigation, into buffer: inout TextBuffer, in rect: Rect) {
        let room = rect.width - 2
        if width(of: pageHints + navigation.full) <= room {
            draw(pageHints + navigation.full, essential: navigation.full.count, into: &buffer, in: rect)
        } else if width(of: pageHints + navigation.compact) <= room {
            draw(pageHints + navigation.compact, essential: navigation.compact.count, into: &buffer, in: rect)
        } else {
            draw(pageHints + navigation.compact, essential: navigation.compact.count, gap: 2, into: &buffer, in: rect)
        }
    }

    /// Draws as many hints as fit, in order; the last hints (help and quit) are always kept.
    /// `gap` spaces separate the hints; two when room is short.
    static func draw(_ hints: [KeyHint], essential: Int = 2, gap: Int = 3, into buffer: inout TextBuffer, in rect: Rect)
    {
        guard !rect.isEmpty else { return }
        buffer.fill(rect, with: Cell(" ", style: .selectionBar))
        var shown = hints
        while shown.count > essential && width(of: shown, gap: gap) > rect.width - 2 {
            shown.remove(at: shown.count - essential - 1)
        }
        var x = rect.x + 1
        for hint in shown {
            x += buffer.write(hint.keys, x: x, y: rect.y, style: .keyBarKey, clip: rect)
            x += buffer.write(
                " " + hint.action + String(repeating: " ", count: gap), x: x, y: rect.y, style: .selectionBar,
                clip: rect)
        }
    }

    private static func width(of hints: [KeyHint], gap: Int = 3) -> Int {
        hints.reduce(0) { $0 + $1.keys.count + $1.action.count + 1 + gap } - gap
    }
}

extension Style {
    static let selectionBar = Style(reverse: true)
    static let keyBarKey = Style(bold: true, reverse: true)
}
