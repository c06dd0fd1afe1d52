import HelpKitCore

extension LocaleTag {
    /// Japanese, Chinese and Thai put no space between words or sentences.
    var writesWithoutSpaces: Bool { ["ja", "zh", "th"].contains(language) }
}
