import HelpKitCore

/// What reports say about the tool that wrote them.
public enum ToolInfo {
    public static let name = "helpkit"
    public static let version = "0.1.0"
}
