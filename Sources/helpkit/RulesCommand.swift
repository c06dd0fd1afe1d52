import ArgumentParser
import HelpKitCore
import HelpKitChecking
import HelpKitCatalog
import HelpKitRendering
import HelpKitTUI

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule `helpkit check` applies.",
        discussion: """
        Each rule has a stable identifier (what .helpkit.yml, baselines and SARIF ruleIds \
        use), a name, a category (structure, drift, translation, front-matter), a default \
        severity and a one-line description. The README's rule table is this command's \
        markdown output (`make docs` regenerates it).

        Examples:
          helpkit rules
          helpkit rules --format markdown
          helpkit rules --format json | jq -r '.[] | select(.defaultSeverity == "error") | .identifier'
        """
    )

    @Option(help: ArgumentHelp("How to list them: text, markdown or json.", valueName: "format"))
    var format: RuleListing.Format = .text

    func run() {
        StandardStreams.write(RuleListing.render(RuleRegistry.all, as: format))
    }
}

extension RuleListing.Format: ExpressibleByArgument {}
