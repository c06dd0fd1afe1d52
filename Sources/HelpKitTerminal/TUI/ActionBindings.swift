import HelpKit
import Yams

/// A host app's action bound to its help: `content/contexts.yml`.
public struct ActionBinding: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        /// A help context id from `ms.custom`; it may be shared by several articles.
        case context(String)
        /// One article by slug.
        case article(String)
    }

    public var action: String
    public var target: Target
    /// The number of the unit whose text is the action's one-line help.
    public var shortHelpUnit: Int?

    public init(action: String, target: Target, shortHelpUnit: Int? = nil) {
        self.action = action
        self.target = target
        self.shortHelpUnit = shortHelpUnit
    }

    /// The bindings of `contexts.yml` in the first of `folders` that has one,
    /// in file order. Entries that name no target are left out: validating
    /// the file is `helpkit build`'s job, the TUI only shows what it can.
    public static func load(from folders: [String]) -> [ActionBinding] {
        for folder in folders {
            guard let bytes = try? FileReader.read(folder + "/contexts.yml") else { continue }
            guard let node = try? Yams.compose(yaml: String(decoding: bytes, as: UTF8.self)) else { return [] }
            let entries = node["actions"] ?? node
            if let list = entries.sequence {
                return list.compactMap { entry in entry["action"]?.string.flatMap { binding(action: $0, entry: entry) } }
            }
            return (entries.mapping ?? [:]).compactMap { key, entry in key.string.flatMap { binding(action: $0, entry: entry) } }
        }
        return []
    }

    private static func binding(action: String, entry: Node) -> ActionBinding? {
        if let scalar = entry.scalar?.string {
            return ActionBinding(action: action, target: scalar.allSatisfy(\.isNumber) ? .context(scalar) : .article(scalar))
        }
        let unit = (entry["unit"] ?? entry["short"])?.string.flatMap { Int($0.split(separator: "-").last?.filter(\.isNumber) ?? "") }
        if let context = entry["context"]?.string {
            return ActionBinding(action: action, target: .context(context), shortHelpUnit: unit)
        }
        if let article = (entry["article"] ?? entry["slug"])?.string {
            return ActionBinding(action: action, target: .article(article), shortHelpUnit: unit)
        }
        return nil
    }
}
