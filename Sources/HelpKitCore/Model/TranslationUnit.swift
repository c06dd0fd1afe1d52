/// One sentence of an article: its translation (target) and English (source).
///
/// ```
/// <span data-ttu-id="ID">TARGET</span><span class="sxs-lookup"><span data-stu-id="ID">SOURCE</span></span>
/// ```
///
/// The raw byte slices share the article's buffer; together with the markup
/// slices they print back to exactly the bytes the unit was read from.
public struct TranslationUnit: Hashable, Sendable {
    /// The `data-ttu-id` of the target span.
    public var id: UnitID
    /// The `data-stu-id` of the source span; equal to `id` in a sound unit.
    public var sourceID: UnitID?
    /// Target text with HTML entities decoded.
    public var target: String
    /// English source text with HTML entities decoded.
    public var source: String
    public var rawTarget: ArraySlice<UInt8>
    public var rawSource: ArraySlice<UInt8>
    public var markup: Markup
    public var block: Block
    /// Where the unit's opening `<span` stands.
    public var location: SourceLocation

    /// The tags around the two texts, kept byte for byte.
    public struct Markup: Hashable, Sendable {
        /// `<span data-ttu-id="…">`
        public var opening: ArraySlice<UInt8>
        /// `</span><span class="sxs-lookup"><span data-stu-id="…">`
        public var separator: ArraySlice<UInt8>
        /// `</span></span>`
        public var closing: ArraySlice<UInt8>
    }

    public var rawTargetText: String { String(decoding: rawTarget, as: UTF8.self) }
    public var rawSourceText: String { String(decoding: rawSource, as: UTF8.self) }

    /// How many bytes the unit takes in the file.
    package var printedCount: Int {
        markup.opening.count + rawTarget.count + markup.separator.count + rawSource.count + markup.closing.count
    }

    /// The unit as it stands in the file.
    public func printed(into output: inout [UInt8]) {
        output += markup.opening
        output += rawTarget
        output += markup.separator
        output += rawSource
        output += markup.closing
    }
}
