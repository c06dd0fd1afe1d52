import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


extension TUIController {
    /// Draws the whole frame; ncurses sends only what changed.
    package func draw(on canvas: Canvas) {
        canvas.erase()
        guard !layout.isTooSmall else {
            let message = strings.text(.tooSmall, ["columns": "\(Layout.minimumColumns)", "rows": "\(Layout.minimumRows)"])
            for (index, line) in CellText.wrapped(message, to: max(1, layout.columns)).prefix(max(1, layout.rows)).enumerated() {
                canvas.draw(line, row: index, column: 0, width: layout.columns)
            }
            return
        }
        titleBar.draw(on: canvas, in: layout.titleBar)
        let body = Rect(row: layout.body.row, column: 1, height: layout.body.height, width: layout.columns - 2)
        switch mode {
        case .actions:
            list.draw(on: canvas, in: layout.list) { [content, contentLocale] in content.label(of: $0, in: contentLocale) }
            for row in layout.list.row..<(layout.list.row + layout.list.height) {
                canvas.draw("│", row: row, column: layout.separatorColumn, width: 1, style: .dimmed)
            }
            helpPane.draw(on: canvas, in: layout.help)
        case .topic:
            topicPane.draw(on: canvas, in: body)
        case .review:
            reviewPane.draw(on: canvas, in: body)
        }
        if let prompt {
            canvas.draw("", row: layout.statusLine.row, column: 0, width: layout.columns, style: .plain, fill: true)
            prompt.draw(on: canvas, in: layout.statusLine, label: strings.text(.search), hint: strings.text(.searchHint))
        } else {
            statusLine.draw(on: canvas, in: layout.statusLine)
        }
        if showingKeys { KeysOverlay.draw(on: canvas, in: layout.body, context: keyContext, strings: strings) }
    }

    private var titleBar: StatusLine {
        switch mode {
        case .actions:
            let heading = query.map { strings.text(.results, ["query": CellText.safe($0)]) } ?? "helpkit"
            return StatusLine(left: heading, right: localePosition)
        case .topic:
            let title = shown.map { content.label(of: TUIItem(kind: .article, id: $0.slug), in: $0.locale) } ?? ""
            return StatusLine(left: CellText.safe(title), right: "\(topicPane.position(height: layout.body.height))  \(localePosition)")
        case .review:
            let slug = reviewDocument?.slug ?? ""
            let locale = reviewDocument.map { "\($0.locale)" } ?? ""
            return StatusLine(left: "\(strings.text(.review)) · \(CellText.safe(slug))", right: locale)
        }
    }

    /// `ja-JP 3/6`: the locale shown, among those the topic has.
    private var localePosition: String {
        guard let shown else { return "\(contentLocale)" }
        let locales = content.locales(of: shown.slug)
        let index = (locales.firstIndex(of: shown.locale) ?? 0) + 1
        return strings.text(.localePosition, ["locale": "\(shown.locale)", "index": "\(index)", "count": "\(locales.count)"])
    }

    private var statusLine: StatusLine {
        let hint = strings.text(.keysHint)
        if let notice { return StatusLine(left: CellText.safe(notice), right: hint) }
        switch mode {
        case .actions, .topic:
            return StatusLine(left: statusMessage, right: hint)
        case .review:
            let count = review.findingLines.count
            let left = switch review.currentFinding {
            case let current?: strings.text(.findingPosition, ["index": "\(current + 1)", "count": "\(count)"])
            case nil: count == 0 ? strings.text(.noFindings) : strings.text(.findings, ["count": "\(count)"])
            }
            return StatusLine(left: left, right: hint)
        }
    }

    /// The action's short help; else why the topic is not in the chosen
    /// locale; else how many topics share the action's context.
    private var statusMessage: String {
        guard let item = list.selectedItem, let shown else { return "" }
        if let missed = shown.missed {
            return strings.text(.noticeFallback, ["requested": strings.languageName(of: missed), "shown": strings.languageName(of: shown.locale)])
        }
        if let help = content.shortHelp(of: item, in: shown.locale) { return CellText.safe(help) }
        let count = content.slugs(of: item).count
        return count > 1 ? strings.text(.sharedContext, ["count": "\(count)"]) : ""
    }
}
