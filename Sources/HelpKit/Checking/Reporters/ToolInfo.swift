/// What reports say about the tool that wrote them.
public enum ToolInfo {
    public static let name = "helpkit"
    public static let version = "0.1.0"
    /// Where a reader of a SARIF log learns what helpkit is.
    public static let informationURI = "https://github.com/helpkit/helpkit"
}
