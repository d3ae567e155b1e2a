/// Word wrapping for node labels.
enum LabelWrapping {
    /// Splits `text` into lines of at most `width` characters at spaces; a longer word keeps a line to itself.
    ///
    /// Existing line breaks are kept.
    /// - Complexity: O(n).
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.isEmpty {
                    line = String(word)
                } else if line.count + 1 + word.count <= width {
                    line += " " + word
                } else {
                    lines.append(line)
                    line = String(word)
                }
            }
            lines.append(line)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
