#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WCWidth
import HelpKitCore
import HelpKitCatalog

/// How many terminal columns text takes: East Asian wide and fullwidth
/// characters count two, combining marks and other zero-width characters none.
///
/// The widths are the C library's `wcwidth` under a UTF-8 locale, scalar by
/// scalar, which is also how ncurses and most terminals advance the cursor; the
/// process's own locale does not matter (it is often `C` or `POSIX`).
public enum DisplayWidth {
    /// The columns `text` takes on one line. Control characters count zero;
    /// sanitise content with `TerminalText.sanitize(_:)` before drawing it.
    public static func columns(of text: some StringProtocol) -> Int {
        var total = 0
        var needsLocale = false
        for byte in text.utf8 {
            if byte >= 0x80 { needsLocale = true; break }
            if byte >= 0x20 && byte < 0x7F { total += 1 }
        }
        guard needsLocale else { return total }
        return withUTF8Locale {
            text.unicodeScalars.reduce(0) { $0 + columnsInLocale(of: $1) }
        }
    }

    /// The columns one character (grapheme cluster) takes.
    public static func columns(of character: Character) -> Int {
        if let ascii = character.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        return withUTF8Locale { character.unicodeScalars.reduce(0) { $0 + columnsInLocale(of: $1) } }
    }

    /// Runs `body` with a UTF-8 `LC_CTYPE` on this thread, so that
    /// `columnsInLocale(of:)` may be called many times at the cost of one switch.
    package static func withUTF8Locale<Result>(_ body: () -> Result) -> Result {
        guard let locale = UTF8Locale.shared.handle else { return body() }
        let previous = uselocale(locale)
        defer { uselocale(previous) }
        return body()
    }

    /// The columns of one scalar; call inside `withUTF8Locale`.
    package static func columnsInLocale(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        let width = Int(wcw_columns(value))
        // Scalars newer than the C library's tables report -1; terminals
        // draw most of them, so one column is the least surprising guess.
        return width < 0 ? 1 : width
    }
}

/// A UTF-8 `LC_CTYPE` locale made once per process; `uselocale` makes it
/// current for one thread only, so sharing the handle is safe.
private final class UTF8Locale: @unchecked Sendable {
    static let shared = UTF8Locale()
    let handle: locale_t?

    private init() {
        // A plain loop: a lazy map would call newlocale twice for the one it keeps
        // and leak the other (LeakSanitizer under make fuzz found it).
        var made: locale_t?
        for name in ["C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"] where made == nil {
            made = name.withCString { newlocale(LC_CTYPE_MASK, $0, nil) }
        }
        handle = made
    }
}
