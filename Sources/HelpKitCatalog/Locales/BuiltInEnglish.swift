// Written by LocaleFilesTests from locales/en-US.yml, which is the one to edit:
// HELPKIT_RECORD_FIXTURES=1 swift test --filter LocaleFilesTests
extension LocaleDescription {
    static let builtInEnglishFile = ##"""
    tag: en-US
    name: English
    native_name: English (United States)
    direction: ltr
    fallback: []
    # The CLI's and TUI's own words. {name} is a placeholder; every locale has
    # every key of this file with the same placeholders (a test checks it).
    strings:
      notice.fallback: "Shown in {shown}: no {requested} translation."
      notice.older_revision: "Translated from an older English revision (handed off {date}; the newest translation was handed off {newest})."
      notice.changed_sentences: "English sentences changed since then: {count}."
      notice.same_sentences: "The English sentences have not changed since then."
      notice.machine_translated: "This translation was made by machine."
      notice.short_help_in_english: "Shown in English: the {language} translation lacks this sentence."
      label.topics_for_context: "Topics for context {id}:"
      label.pick_topic: "Show one with: {command}"
      label.search_results: "Topics matching “{query}” in {language}:"
      label.search_no_results: "No topic matches “{query}” in {language}."
      error.unknown_topic: "No help for “{name}”: it is not an action, a context id or an article."
      error.no_short_help: "“{name}” has no short help: only an action bound to a sentence in contexts.yml has one."
      alert.note: Note
      alert.important: Important
      alert.tip: Tip
      alert.warning: Warning
      alert.caution: Caution
      tui.actions: Actions
      tui.articles: Articles
      tui.search: "Search:"
      tui.keys: Keys
      tui.review: Review
      tui.findings: "Findings: {count}"
      tui.no_findings: No findings
      tui.no_help: No help for this item.
      tui.results: "Results for “{query}”"
      tui.search_hint: "Enter to search, Esc to cancel"
      tui.close_keys: Press any key to close
      tui.keys_hint: "? keys  q quit"
      tui.finding_position: "Finding {index} of {count}"
      tui.was: was
      tui.now: now
      tui.locale_position: "{locale} ({index}/{count})"
      tui.no_translation: This topic has no translation to review.
      tui.shared_context: "{count} topics share this help context."
      tui.too_small: "Make the terminal at least {columns}×{rows} to use helpkit."
      tui.key_up: Previous item, or scroll up
      tui.key_down: Next item, or scroll down
      tui.key_page_up: Page up
      tui.key_page_down: Page down
      tui.key_first: To the top
      tui.key_last: To the end
      tui.key_open: Open the topic full screen
      tui.key_search: Search titles and text
      tui.key_clear_search: Clear the search
      tui.key_back: Back
      tui.key_next_finding: Next finding
      tui.key_previous_finding: Previous finding
      tui.key_locale: Show the topic in its next locale
      tui.key_review: Review the translation
      tui.key_keys: Show these keys
      tui.key_quit: Quit
    # Languages named in this locale's language, for notices such as
    # "no German translation". Chinese by script: zh-Hans, zh-Hant.
    language_names:
      ar: Arabic
      cs: Czech
      da: Danish
      de: German
      el: Greek
      en: English
      es: Spanish
      fi: Finnish
      fr: French
      he: Hebrew
      hu: Hungarian
      it: Italian
      ja: Japanese
      ko: Korean
      nb: Norwegian Bokmål
      nl: Dutch
      pl: Polish
      pt: Portuguese
      ru: Russian
      sv: Swedish
      tr: Turkish
      uk: Ukrainian
      zh: Chinese
      zh-Hans: Simplified Chinese
      zh-Hant: Traditional Chinese
    """##
}
