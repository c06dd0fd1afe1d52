import Foundation
import HelpKitCore

/// A number of the English that the translation does not write at all.
///
/// Only missing numbers count: a translation may add some (a Japanese date
/// writes the month as a number where the English spells it out), and may
/// say a number once where the English repeats it. Single digits do not
/// count. A number counts as written when the translation has its digits
/// (grouped or full-width), its value (`250K` as `250.000`, `30 million` as
/// `30 000 000`), or the words or compact form its language writes it in
/// (`zehn`, `tolv`, `25万`; see `NumberWording`).
struct NumberParityRule: UnitRule {
    static let description = RuleDescription(
        identifier: "number-parity",
        name: "Number Parity",
        description: "A number in a unit's English is missing from its translation, in digits, in words or in the language's compact form (digit grouping, full-width digits and magnitudes such as 250K are understood; link targets are not compared).",
        category: .translation,
        defaultSeverity: .warning,
        triggeringExamples: [
            .japaneseUnit("サブスクリプションは 12 日間有効です。", "The subscription stays valid for 21 days.", marked: true)
                .expecting("unit 1a2b3-102: number 21 missing: \"The subscription stays valid for 21 days.\" → \"サブスクリプションは 12 日間有効です。\""),
            .unit(in: "fr-FR", "Jusqu’à 25 000 lignes.", "Up to 250K rows.", marked: true)
                .expecting("number 250K missing"),
            .unit(in: "sv-SE", "Pausa i elva dagar.", "Pause for 12 days.", marked: true)
                .expecting("number 12 missing"),
        ],
        nonTriggeringExamples: [
            .japaneseUnit("2021 年 5 月 31 日から", "Starting May 31, 2021"),
            .unit(in: "fr-FR", "Jusqu’à 1\u{202F}000 utilisateurs.", "Up to 1,000 users."),
            .japaneseUnit("１０ 日以内", "Within 10 days"),
            .unit(in: "sv-SE", "Pausa i sju dagar.", "Pause for 7 days."),
            .unit(in: "fr-FR", "Migrer Exchange 2013, 2016 et 2019", "Migrate Exchange 2013,2016,2019"),
            // Magnitudes: 250K is 250 000, 30 million is 30 000 000 or 3000万.
            .unit(in: "fr-FR", "Jusqu’à 250 000 lignes.", "Up to 250K rows."),
            .unit(in: "sv-SE", "Upp till 30 000 000 filer.", "Up to 30 million files."),
            .japaneseUnit("最大 25 万行", "Up to 250K rows"),
            .japaneseUnit("30 万ファイルの上限", "the limit of 300,000 files"),
            // Numbers and ordinals in words, as CLDR spells them in the unit's language.
            .unit(in: "sv-SE", "tolv månaders kostnadsfria tjänster", "12 months of free services"),
            .unit(in: "de-DE", "Warten Sie zehn Minuten.", "Wait 10 minutes."),
            .unit(in: "fr-FR", "le vingt-cinquième jour", "the 25th day"),
            .unit(in: "ar-SA", "انتظر عشرة أيام.", "Wait 10 days."),
            .japaneseUnit("十二か月ごとに更新します。", "Renew it every 12 months."),
            .japaneseUnit("午前 3 時 (UTC)", "3:00 AM UTC"),
            .unit(in: "sv-SE", "Förnya certifikatet var tolfte månad.", "Renew the certificate every 12 months."),
            // A duration in a larger unit, as CLDR names it.
            .unit(in: "sv-SE", "Vänta ett dygn.", "Wait 24 hours."),
            // Said once where the English says it twice.
            .unit(in: "fr-FR", "Les essais Office 365 A1", "Office 365 A1 trials and Office 365 A1 plans"),
        ]
    )

    static func check(_ unit: UnitContext, _ findings: inout FindingSink) {
        let translated = unit.target.numbers
        var missing: [Number] = []
        // A lone `00` is the minutes of a clock time (`3:00 AM`, `午前 3 時`).
        for number in unit.source.numbers where number.digits > 1 && number.description != "00" || number.magnitude > 1 {
            guard !missing.contains(number), !translated.contains(where: { writes($0, number) }) else { continue }
            missing.append(number)
        }
        if !missing.isEmpty, let locale = unit.article.locale {
            let wording = NumberWording(locale)
            missing.removeAll { number in
                wording.writes(number.scaledValue, in: unit.unit.target)
                    || duration(number, in: unit.unit.source).map {
                        wording.writesDuration(seconds: $0.seconds, englishUnit: $0.unit, in: unit.unit.target)
                    } ?? false
            }
        }
        guard !missing.isEmpty else { return }
        let names = missing.map(\.description).joined(separator: ", ")
        findings.report("number\(missing.count == 1 ? "" : "s") \(names) missing", on: unit, english: missing[0].description)
    }

    /// `24 hours`, `10-minute`: the English number as a duration, when a time unit follows it.
    private static func duration(_ number: Number, in english: String) -> (seconds: Int64, unit: Duration.UnitsFormatStyle.Unit)? {
        let units: [(String, Int64, Duration.UnitsFormatStyle.Unit)] = [
            ("minute", 60, .minutes), ("hour", 3_600, .hours), ("day", 86_400, .days), ("week", 604_800, .weeks),
        ]
        guard number.value < 100_000 else { return nil }
        for (word, seconds, unit) in units where english.contains("\(number.digitText) \(word)") || english.contains("\(number.digitText)-\(word)") {
            return (Int64(number.value) * seconds, unit)
        }
        return nil
    }

    /// `translated` writes `english`: the same digits, or the same value once
    /// the magnitude of either is applied.
    private static func writes(_ translated: Number, _ english: Number) -> Bool {
        translated.digitText == english.digitText
            || (translated.magnitude > 1 || english.magnitude > 1) && translated.scaledValue == english.scaledValue
    }
}
