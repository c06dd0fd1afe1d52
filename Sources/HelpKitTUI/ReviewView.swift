import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// The review of one article in one locale: each unit's translation with its
/// English source under it, dimmed, and the checker's findings marked where
/// they are.
///
/// ```
///  ! 104  Administratörer måste byta planer manuellt.
///         Admins need to switch plans manually.
///         ▲ source-drift
///           was: Admins need to switch plans manually.
///           now: Admins must change plans manually in the admin center.
/// ```
struct ReviewView {
    /// The lines for the screen.
    private(set) var lines: [ScreenLine] = []
    /// The line on which each finding's marker stands, in order.
    private(set) var findingLines: [Int] = []
    /// The finding `n`/`N` last went to.
    var currentFinding: Int?

    /// The margin: the finding mark, then the unit's number (`104`, `p1234`).
    static let gutter = 8

    init() {}

    init(_ document: ReviewDocument, width: Int, strings: InterfaceStrings) {
        let textWidth = max(10, width - Self.gutter)
        let indent = String(repeating: " ", count: Self.gutter)
        append(ScreenLine(CellText.safe(document.title), .heading), width: width)
        let place = document.path.isEmpty ? "\(document.locale)" : "\(document.locale) · \(CellText.safe(document.path))"
        append(ScreenLine(place, .dimmed), width: width)
        let count = document.articleFindings.count + document.units.reduce(0) { $0 + $1.findings.count }
        append(ScreenLine(count == 0 ? strings.text(.noFindings) : strings.text(.findings, ["count": "\(count)"]), .plain), width: width)
        for finding in document.articleFindings { appendFinding(finding, indent: " ", width: width, strings: strings) }
        for unit in document.units {
            lines.append(.blank)
            let marker = unit.findings.isEmpty ? "   " : " ! "
            let number = String(unit.id.split(separator: "-").last ?? "").prefix(Self.gutter - 4)
            let label = number + String(repeating: " ", count: Self.gutter - 3 - number.count)
            for (index, line) in CellText.wrapped(CellText.safe(unit.target), to: textWidth).enumerated() {
                lines.append(index == 0
                    ? ScreenLine([ScreenRun(marker, .marker), ScreenRun(String(label), .dimmed), ScreenRun(line)])
                    : ScreenLine(indent + line))
            }
            for line in CellText.wrapped(CellText.safe(unit.source), to: textWidth) {
                lines.append(ScreenLine(indent + line, .dimmed))
            }
            for finding in unit.findings { appendFinding(finding, indent: indent, width: width, strings: strings) }
        }
    }

    /// Goes to the next (or, with `forward` false, the previous) finding.
    mutating func step(forward: Bool) -> Int? {
        guard !findingLines.isEmpty else { return nil }
        let next = currentFinding.map { forward ? $0 + 1 : $0 - 1 } ?? (forward ? 0 : findingLines.count - 1)
        currentFinding = min(max(0, next), findingLines.count - 1)
        return currentFinding
    }

    /// The lines with the current finding's marker line highlighted.
    var highlightedLines: [ScreenLine] {
        guard let currentFinding else { return lines }
        var lines = lines
        let line = findingLines[currentFinding]
        lines[line].runs = lines[line].runs.enumerated().map { $0.offset == 0 ? $0.element : ScreenRun($0.element.text, .selected) }
        return lines
    }

    /// The line a finding's view should start at: its unit, a line above.
    func anchorLine(of finding: Int) -> Int {
        var line = findingLines[finding]
        while line > 0, lines[line - 1] != .blank { line -= 1 }
        return line
    }

    private mutating func appendFinding(_ finding: Finding, indent: String, width: Int, strings: InterfaceStrings) {
        let style: ScreenStyle = switch finding.severity {
        case .error: .error
        case .warning: .warning
        case .info: .marker
        }
        findingLines.append(lines.count)
        // A change says itself best as was/now; the message would repeat it.
        let text = finding.change == nil ? "▲ \(finding.ruleID): \(CellText.safe(finding.message))" : "▲ \(finding.ruleID)"
        let textWidth = max(10, width - CellText.columns(of: indent))
        for line in CellText.wrapped(text, to: textWidth) {
            lines.append(ScreenLine([ScreenRun(indent), ScreenRun(line, style)]))
        }
        guard let change = finding.change else { return }
        for (label, text) in [(strings.text(.was), change.old), (strings.text(.now), change.new)] {
            let prefix = "  \(label): "
            let wrapped = CellText.wrapped(CellText.safe(text), to: max(10, textWidth - CellText.columns(of: prefix)))
            for (index, line) in wrapped.enumerated() {
                let lead = index == 0 ? prefix : String(repeating: " ", count: CellText.columns(of: prefix))
                lines.append(ScreenLine([ScreenRun(indent + lead, .dimmed), ScreenRun(line)]))
            }
        }
    }

    private mutating func append(_ line: ScreenLine, width: Int) {
        let style = line.runs.first?.style ?? .plain
        lines += CellText.wrapped(line.text, to: max(10, width)).map { ScreenLine($0, style) }
    }
}
