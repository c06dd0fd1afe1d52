import HelpKitCore

/// Builders for the small content sets of rule examples, so each rule file
/// shows only what its examples are about.
enum Sxs {
    /// One unit in sxs markup; `marked` puts the finding marker before it.
    static func unit(_ number: Int, _ target: String, _ source: String, marked: Bool = false, merged: Bool = false) -> String {
        let id = "1a2b3-\(merged ? "p" : "")\(number)"
        return (marked ? "\(RuleExample.marker)" : "")
            + #"<span data-ttu-id="\#(id)">\#(target)</span><span class="sxs-lookup"><span data-stu-id="\#(id)">\#(source)</span></span>"#
    }

    /// A localized article with the front matter the pipeline writes.
    static func article(_ locale: String = "ja-JP", type: String = "HT", handoff: String = "09/14/2020",
                        extraFrontMatter: String = "", body: String) -> String {
        """
        ---
        title: Title
        \(extraFrontMatter)ms.translationtype: \(type)
        ms.contentlocale: \(locale)
        ms.lasthandoff: \(handoff)
        ---
        \(body)

        """
    }

    /// A plain English article, as in `en-US/`.
    static func english(extraFrontMatter: String = "", body: String) -> String {
        "---\ntitle: Title\n\(extraFrontMatter)---\n\(body)\n"
    }
}

extension RuleExample {
    /// One Japanese article, `ja-JP/a.md`, with `body` under pipeline front matter.
    static func japanese(_ body: String) -> RuleExample {
        RuleExample(files: ["ja-JP/a.md": Sxs.article(body: body)])
    }

    /// One unit in a Japanese article; `marked` expects the finding on it.
    static func japaneseUnit(_ target: String, _ source: String, marked: Bool = false) -> RuleExample {
        unit(in: "ja-JP", target, source, marked: marked)
    }

    /// One unit in an article of `locale`, `<locale>/a.md`; `marked` expects the finding on it.
    static func unit(in locale: String, _ target: String, _ source: String, marked: Bool = false) -> RuleExample {
        RuleExample(files: ["\(locale)/a.md": Sxs.article(locale, body: Sxs.unit(102, target, source, marked: marked))])
    }

    /// One article in fr-FR, ja-JP and sv-SE, as the pipeline copies it from
    /// one English, with `line` in every front matter; the marker only in
    /// fr-FR, where a defect all three copied is reported once.
    static func copiedToThreeLocales(frontMatterLine line: String) -> RuleExample {
        var files: [String: String] = [:]
        for locale in ["fr-FR", "ja-JP", "sv-SE"] {
            let text = locale == "fr-FR" ? "\(RuleExample.marker)\(line)" : line
            files["\(locale)/a.md"] = Sxs.article(locale, extraFrontMatter: text + "\n", body: Sxs.unit(102, "Text.", "Open it."))
        }
        return RuleExample(files: files)
    }

    /// An English reference `en-US/a.md` and its Japanese translation `ja-JP/a.md`.
    static func translated(english: String, japanese: String, japaneseFrontMatter: String = "") -> RuleExample {
        RuleExample(files: [
            "en-US/a.md": Sxs.english(body: english),
            "ja-JP/a.md": Sxs.article(extraFrontMatter: japaneseFrontMatter, body: japanese),
        ])
    }
}
