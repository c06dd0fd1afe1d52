import HelpKitCore

/// A unit as a report quotes it beside a finding: its id, English and translation.
public struct QuotedUnit: Hashable, Sendable {
    public var id: String
    public var source: String
    public var target: String

    public init(id: String, source: String, target: String) {
        self.id = id
        self.source = source
        self.target = target
    }

    init(_ unit: TranslationUnit) {
        self.init(id: unit.id.description, source: unit.source, target: unit.target)
    }
}

extension Finding {
    /// The finding with `unit` set to the unit of `articles` it points into,
    /// when it points into one: a finding about the file as a whole or the
    /// text between units quotes none.
    func quotingUnit(from articles: [Article]) -> Finding {
        guard let article = articles.first(where: { $0.path == path }),
              let unit = article.unit(containing: location.offset) else { return self }
        var quoted = self
        quoted.unit = QuotedUnit(unit)
        return quoted
    }
}

extension Article {
    /// The unit whose bytes hold `offset`, markup included.
    func unit(containing offset: Int) -> TranslationUnit? {
        // Units are in file order: the last one starting at or before `offset`.
        var low = 0
        var high = units.count
        while low < high {
            let middle = (low + high) / 2
            if units[middle].location.offset <= offset { low = middle + 1 } else { high = middle }
        }
        guard low > 0 else { return nil }
        let unit = units[low - 1]
        return offset < unit.location.offset + unit.printedCount ? unit : nil
    }
}
