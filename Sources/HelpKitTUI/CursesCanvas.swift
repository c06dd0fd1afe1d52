import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// The ncursesw screen as a canvas: wide-character output, one colour pair
/// per style when colours are on, attributes alone when they are off.
final class CursesCanvas: Canvas {
    let window: UnsafeMutablePointer<WINDOW>
    private let looks: [ScreenStyle: (attributes: attr_t, pair: Int16)]
    var cursor: (row: Int, column: Int)?

    init(window: UnsafeMutablePointer<WINDOW>, colors: Bool) {
        self.window = window
        if colors {
            start_color()
            use_default_colors()
        }
        var looks: [ScreenStyle: (attr_t, Int16)] = [:]
        for style in ScreenStyle.allCases {
            let look = Self.look(of: style)
            var pair: Int16 = 0
            if colors, let color = look.color {
                pair = Int16(style.rawValue + 1)
                init_pair(pair, color.foreground, color.background)
            }
            looks[style] = (look.attributes, pair)
        }
        self.looks = looks
    }

    var rows: Int { Int(getmaxy(window)) }
    var columns: Int { Int(getmaxx(window)) }

    func erase() {
        werase(window)
        cursor = nil
    }

    @discardableResult
    func draw(_ text: Substring, row: Int, column: Int, width: Int, style: ScreenStyle, fill: Bool) -> Int {
        guard width > 0, row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let width = min(width, columns - column)
        let (shown, used) = CellText.clipped(text, to: width)
        let look = looks[style] ?? (0, 0)
        wattr_set(window, look.attributes, look.pair, nil)
        var characters = shown.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
        if fill, used < width { characters += repeatElement(wchar_t(0x20), count: width - used) }
        wmove(window, Int32(row), Int32(column))
        waddnwstr(window, characters, Int32(characters.count))
        wattr_set(window, 0, 0, nil)
        return fill ? width : used
    }

    /// Sends the frame to the terminal, with the cursor where the frame wants it.
    func present() {
        if let cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
        }
        wrefresh(window)
    }

    private static func look(of style: ScreenStyle) -> (attributes: attr_t, color: (foreground: Int16, background: Int16)?) {
        let defaultColor: Int16 = -1
        switch style {
        case .plain: return (0, nil)
        case .bar: return (Attribute.reverse, nil)
        case .selected: return (Attribute.reverse | Attribute.bold, (Int16(COLOR_CYAN), defaultColor))
        case .heading: return (Attribute.bold, (Int16(COLOR_CYAN), defaultColor))
        case .emphasis: return (Attribute.bold, nil)
        case .italic: return (Attribute.italic, nil)
        case .code: return (0, (Int16(COLOR_YELLOW), defaultColor))
        case .link: return (Attribute.underline, (Int16(COLOR_BLUE), defaultColor))
        case .dimmed: return (Attribute.dim, nil)
        case .marker: return (Attribute.bold, (Int16(COLOR_MAGENTA), defaultColor))
        case .warning: return (Attribute.bold, (Int16(COLOR_YELLOW), defaultColor))
        case .error: return (Attribute.bold, (Int16(COLOR_RED), defaultColor))
        case .prompt: return (Attribute.bold, nil)
        }
    }
}

/// ncurses' attribute bits (`A_BOLD` and the rest are macros Swift cannot import).
private enum Attribute {
    private static func bit(_ shift: attr_t) -> attr_t { 1 << (shift + 8) }
    static let underline = bit(9)
    static let reverse = bit(10)
    static let dim = bit(12)
    static let bold = bit(13)
    static let italic = bit(23)
}
