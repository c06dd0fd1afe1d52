#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What reports say about the tool that wrote them.
public enum ToolInfo {
    public static let name = "helpkit"
    public static let version = "0.1.0"
    /// Where a reader of a SARIF log learns what helpkit is.
    public static let informationURI = "https://github.com/helpkit/helpkit"
}

/// The JSON writer for whole documents (reports, SARIF logs, baselines):
/// keys sorted and no escaped slashes, so the same findings give the same
/// bytes and diffs stay small.
enum JSONDocument {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is a plain struct of strings and numbers: encoding cannot fail.
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
