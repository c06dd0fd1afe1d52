import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count, per locale, articles, units, English words and how far translation is.",
        discussion: """
        Columns: articles; units; source words (English words of the units); translated, \
        untranslated and drifted units (untranslated and drifted are what the `untranslated` \
        and `source-drift` rules of `helpkit check` report, so both commands agree and \
        .helpkit.yml tunes both); HT and MT articles (ms.translationtype human or machine).

        Examples:
          helpkit stats
          helpkit stats content/ja-JP content/fr-FR --format csv > progress.csv
          helpkit stats --format json | jq '.locales[] | {locale, untranslated}'

        Exit status: 0, or 2 for a usage error, an unreadable path or an invalid project file.
        """
    )

    @OptionGroup var content: ContentPaths
    @OptionGroup var settings: CheckSettings

    @Option(help: ArgumentHelp("How to print the figures: text, json or csv.", valueName: "format"))
    var format: StatisticsFormat = .text

    func run() throws {
        let configuration = try settings.configuration()
        let (_, unreadable) = content.walk()
        var checker = Checker(configuration: configuration)
        checker.countsStatistics = true
        checker.quotesUnits = false
        // Only the counts are wanted: the findings are dropped as they come, never kept and sorted.
        let statistics = checker.check(paths: content.paths) { _ in }.statistics ?? ContentStatistics()
        StandardStreams.write(statistics.render(format))
        if unreadable { throw ExitStatus.unusable }
    }
}

extension StatisticsFormat: ExpressibleByArgument {}
