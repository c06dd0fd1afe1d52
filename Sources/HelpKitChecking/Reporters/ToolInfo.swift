import HelpKitCore

/// The tool's name and version, as reports and `helpkit --version` give them.
public enum ToolInfo {
    public static let name = "helpkit"
    public static let version = "0.1.0"
}
