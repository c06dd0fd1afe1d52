import HelpKitCore
import HelpKitCatalog
import HelpKitRendering
import HelpKitChecking


/// The TUI's state and what each key does to it; drawing is in
/// `TUIController+Drawing.swift`. It knows nothing of ncurses: keys come in,
/// a canvas goes out, so tests drive it without a terminal.
package final class TUIController {
    package enum Mode: Equatable {
        /// The list of actions and articles beside the selected item's help.
        case actions
        /// One topic, full screen.
        case topic
        /// One article's units, target over source, with findings.
        case review
    }

    let content: TUIContent
    let strings: InterfaceStrings
    let negotiator: LocaleNegotiator
    private(set) var layout: Layout
    package private(set) var mode: Mode = .actions
    package private(set) var isFinished = false

    var list = ListPane()
    /// The help beside the list.
    var helpPane = HelpPane()
    /// The topic full screen.
    var topicPane = HelpPane()
    var reviewPane = HelpPane()
    var review = ReviewView()
    package var reviewDocument: ReviewDocument?
    var prompt: SearchPrompt?
    var showingKeys = false
    /// The query the list is filtered by, if any.
    private(set) var query: String?
    /// The languages the user asked for, most wanted first.
    let userPreferences: LocalePreferences
    /// The locale `L` chose, tried before the user's languages.
    private var chosenLocale: LocaleTag?
    /// The locale of the preferences the content has: the one searched and reviewed.
    private(set) var contentLocale: LocaleTag
    /// The locale `--review` fixed, or the one `L` chose in the review.
    private(set) var reviewLocale: LocaleTag?
    /// Where Esc goes back to from the review.
    private var modeBeforeReview: Mode = .actions
    /// What the selection shows: its first article, the locale it is in, and
    /// the language asked for when that locale is not in it.
    private(set) var shown: (slug: String, locale: LocaleTag, missed: LocaleTag?)?
    /// A message for the status line that replaces the usual one until the next key.
    var notice: String?
    private var renderedTopics: [String: [ScreenLine]] = [:]

    package init(content: TUIContent, strings: InterfaceStrings, negotiator: LocaleNegotiator, preferences: LocalePreferences,
         review: LocaleTag?, rows: Int, columns: Int) {
        self.content = content
        self.strings = strings
        self.negotiator = negotiator
        self.userPreferences = preferences
        self.contentLocale = negotiator.resolve(preferences, available: content.locales).locale
        self.reviewLocale = review
        self.layout = Layout(rows: rows, columns: columns)
        showAllItems()
        if review != nil { openReview() }
    }

    // MARK: Keys

    package func handle(_ key: Key) {
        notice = nil
        if key == .resize { return }
        if showingKeys {
            showingKeys = false
            return
        }
        if prompt != nil {
            handlePrompt(key)
            return
        }
        guard let command = KeyMap.command(for: key, in: keyContext) else { return }
        switch command {
        case .quit: isFinished = true
        case .showKeys: showingKeys = true
        case .cycleLocale: mode == .review ? cycleReviewLocale() : cycleLocale()
        case .review: openReview()
        default:
            switch mode {
            case .actions: handleInList(command)
            case .topic: handleInTopic(command)
            case .review: handleInReview(command)
            }
        }
    }

    var keyContext: KeyMap.Context {
        switch mode {
        case .actions: .actions
        case .topic: .topic
        case .review: .review
        }
    }

    package func resize(rows: Int, columns: Int) {
        layout = Layout(rows: rows, columns: columns)
        list.reveal(height: layout.list.height)
        showSelection(keepingPosition: true)
        if mode == .review, let reviewDocument { showReview(reviewDocument, keepingPosition: true) }
    }

    private func handleInList(_ command: Command) {
        switch command {
        case .moveUp: list.move(by: -1)
        case .moveDown: list.move(by: 1)
        case .pageUp: list.move(by: -max(1, layout.list.height - 1))
        case .pageDown: list.move(by: max(1, layout.list.height - 1))
        case .first: list.select(0)
        case .last: list.select(list.items.count - 1)
        case .open:
            guard shown != nil else { return }
            mode = .topic
            showSelection(keepingPosition: false)
            return
        case .search: prompt = SearchPrompt()
        case .back: if query != nil { showAllItems() }
        default: return
        }
        list.reveal(height: layout.list.height)
        showSelection(keepingPosition: false)
    }

    private func handleInTopic(_ command: Command) {
        if command == .back {
            mode = .actions
        } else {
            topicPane.scroll(command, height: layout.body.height)
        }
    }

    private func handleInReview(_ command: Command) {
        switch command {
        case .back:
            mode = modeBeforeReview
            showSelection(keepingPosition: true)
        case .nextFinding, .previousFinding:
            guard let finding = review.step(forward: command == .nextFinding) else {
                notice = strings.text(.noFindings)
                return
            }
            reviewPane.show(review.highlightedLines, keepingPosition: true)
            reviewPane.scroll(to: review.anchorLine(of: finding), height: layout.body.height)
        default:
            reviewPane.scroll(command, height: layout.body.height)
        }
    }

    private func handlePrompt(_ key: Key) {
        switch prompt?.handle(key) {
        case let .submitted(text)?:
            prompt = nil
            search(text)
        case .cancelled?:
            prompt = nil
        case .editing?, nil:
            break
        }
    }

    // MARK: Content

    private func showAllItems() {
        query = nil
        let actions = content.items.filter { $0.kind == .action }
        let articles = content.items.filter { $0.kind == .article }
        list.show([(strings.text(.actions), actions), (strings.text(.articles), articles)])
        showSelection(keepingPosition: false)
    }

    private func search(_ text: String) {
        guard !text.isEmpty else {
            showAllItems()
            return
        }
        let slugs = content.search(text, in: contentLocale)
        guard !slugs.isEmpty else {
            notice = strings.text(.searchNoResults, ["query": text, "language": strings.languageName(of: contentLocale)])
            return
        }
        query = text
        list.show([(strings.text(.results, ["query": text]), slugs.map { TUIItem(kind: .article, id: $0) })])
        showSelection(keepingPosition: false)
    }

    /// Fills the help (and the full-screen topic) for the selected item.
    func showSelection(keepingPosition: Bool) {
        guard let item = list.selectedItem, let slug = content.slugs(of: item).first else {
            shown = nil
            helpPane.show([ScreenLine(strings.text(.noHelp), .dimmed)])
            return
        }
        // The negotiation `helpkit help` makes: the locale, its language, its
        // fallbacks, the next language asked for, and English at the end.
        let resolution = negotiator.resolve(preferences, available: content.locales(of: slug))
        let locale = resolution.locale
        shown = (slug, locale, resolution.missedLanguage)
        helpPane.show(topicLines(slug, locale, width: layout.help.width), keepingPosition: keepingPosition)
        if mode == .topic { topicPane.show(topicLines(slug, locale, width: layout.body.width - 2), keepingPosition: keepingPosition) }
    }

    private func topicLines(_ slug: String, _ locale: LocaleTag, width: Int) -> [ScreenLine] {
        let key = "\(slug)\u{1F}\(locale)\u{1F}\(width)"
        if let lines = renderedTopics[key] { return lines }
        guard let topic = content.topic(slug, in: locale) else { return [ScreenLine(strings.text(.noHelp), .dimmed)] }
        let lines = TopicLines.render(topic.markdown, width: width, alertLabels: strings.alertLabels)
        if renderedTopics.count > 256 { renderedTopics.removeAll() }
        renderedTopics[key] = lines
        return lines
    }

    private func cycleLocale() {
        guard let shown else { return }
        let locales = content.locales(of: shown.slug)
        let index = locales.firstIndex(of: shown.locale) ?? -1
        let chosen = locales[(index + 1) % locales.count]
        chosenLocale = chosen
        contentLocale = chosen
        showSelection(keepingPosition: false)
    }

    /// The languages topics are shown in: the locale `L` chose, then the user's.
    var preferences: LocalePreferences {
        let chosen = chosenLocale.flatMap { LocaleRequest($0.identifier, origin: .application) }
        return LocalePreferences(requests: (chosen.map { [$0] } ?? []) + userPreferences.requests)
    }

    // MARK: Review

    private func openReview() {
        guard let slug = shown?.slug else { return }
        let translations = content.locales(of: slug).filter { $0 != LocaleNegotiator.source }
        let preferred = [reviewLocale, contentLocale].compactMap { $0 }
        guard let locale = preferred.first(where: translations.contains) ?? translations.first,
              let document = content.review(slug, in: locale) else {
            notice = strings.text(.noTranslation)
            return
        }
        if mode != .review { modeBeforeReview = mode }
        mode = .review
        showReview(document, keepingPosition: false)
    }

    private func cycleReviewLocale() {
        guard let document = reviewDocument else { return }
        let translations = content.locales(of: document.slug).filter { $0 != LocaleNegotiator.source }
        guard let index = translations.firstIndex(of: document.locale) else { return }
        reviewLocale = translations[(index + 1) % translations.count]
        openReview()
    }

    private func showReview(_ document: ReviewDocument, keepingPosition: Bool) {
        let current = keepingPosition ? review.currentFinding : nil
        reviewDocument = document
        review = ReviewView(document, width: layout.body.width - 2, strings: strings)
        review.currentFinding = current
        reviewPane.show(review.highlightedLines, keepingPosition: keepingPosition)
    }
}
