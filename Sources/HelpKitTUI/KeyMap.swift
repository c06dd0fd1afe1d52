import CNcursesw
import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking

/// A key as the terminal reported it.
package enum Key: Hashable, Sendable {
    case character(Unicode.Scalar)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, backspace, resize
    /// The terminal's input ended: nothing more will come.
    case endOfInput
    case other(Int32)

    /// A key that came as a character; Enter, Esc and Backspace arrive so too.
    init(character: UInt32) {
        switch character {
        case 0x0A, 0x0D: self = .enter
        case 0x1B: self = .escape
        case 0x08, 0x7F: self = .backspace
        default: self = Unicode.Scalar(character).map(Key.character) ?? .other(Int32(bitPattern: character))
        }
    }

    /// A key that came as an ncurses key code.
    init(code: Int32) {
        switch code {
        case KEY_UP: self = .up
        case KEY_DOWN: self = .down
        case KEY_LEFT: self = .left
        case KEY_RIGHT: self = .right
        case KEY_PPAGE: self = .pageUp
        case KEY_NPAGE: self = .pageDown
        case KEY_HOME: self = .home
        case KEY_END: self = .end
        case KEY_ENTER: self = .enter
        case KEY_BACKSPACE: self = .backspace
        case KEY_RESIZE: self = .resize
        default: self = .other(code)
        }
    }

    /// A short name for the frame-timing log.
    var name: String {
        switch self {
        case let .character(scalar): scalar.properties.isWhitespace ? "space" : String(Character(scalar))
        case let .other(code): "key-\(code)"
        default: "\(self)"
        }
    }
}

/// What a key asks the TUI to do.
enum Command: Hashable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, first, last
    case open, back, cycleLocale, search, review, nextFinding, previousFinding, showKeys, quit
}

/// Which keys do what, per view; also the source of the `?` key list, so the
/// list can never disagree with what the keys do.
enum KeyMap {
    struct Binding {
        var keys: [Key]
        /// How the keys are written in the key list.
        var label: String
        var command: Command
        var meaning: InterfaceStringKey
    }

    enum Context: Sendable {
        case actions, topic, review
    }

    static func command(for key: Key, in context: Context) -> Command? {
        bindings(for: context).first { $0.keys.contains(key) }?.command
    }

    static func bindings(for context: Context) -> [Binding] {
        var bindings = movement
        switch context {
        case .actions:
            bindings += [
                Binding(keys: [.enter, .right], label: "Enter", command: .open, meaning: .keyOpen),
                Binding(keys: [.character("/")], label: "/", command: .search, meaning: .keySearch),
                Binding(keys: [.escape], label: "Esc", command: .back, meaning: .keyClearSearch),
            ]
        case .topic:
            bindings.append(Binding(keys: [.escape, .enter, .left, .backspace], label: "Esc", command: .back, meaning: .keyBack))
        case .review:
            bindings += [
                Binding(keys: [.character("n")], label: "n", command: .nextFinding, meaning: .keyNextFinding),
                Binding(keys: [.character("N")], label: "N", command: .previousFinding, meaning: .keyPreviousFinding),
                Binding(keys: [.escape, .left, .backspace], label: "Esc", command: .back, meaning: .keyBack),
            ]
        }
        bindings.append(Binding(keys: [.character("L"), .character("l")], label: "L", command: .cycleLocale, meaning: .keyLocale))
        if context != .review {
            bindings.append(Binding(keys: [.character("R")], label: "R", command: .review, meaning: .keyReview))
        }
        bindings += [
            Binding(keys: [.character("?")], label: "?", command: .showKeys, meaning: .keyKeys),
            Binding(keys: [.character("q"), .character("Q")], label: "q", command: .quit, meaning: .keyQuit),
        ]
        return bindings
    }

    private static let movement = [
        Binding(keys: [.up, .character("k")], label: "↑ k", command: .moveUp, meaning: .keyUp),
        Binding(keys: [.down, .character("j")], label: "↓ j", command: .moveDown, meaning: .keyDown),
        Binding(keys: [.pageUp], label: "PgUp", command: .pageUp, meaning: .keyPageUp),
        Binding(keys: [.pageDown, .character(" ")], label: "PgDn", command: .pageDown, meaning: .keyPageDown),
        Binding(keys: [.home, .character("g")], label: "Home", command: .first, meaning: .keyFirst),
        Binding(keys: [.end, .character("G")], label: "End", command: .last, meaning: .keyLast),
    ]
}
