/// Word wrapping for node labels.
enum LabelWrapping {
    /// Splits `text` into lines of at most `width` characters at spaces; a longer word keeps a line to itself.
    ///
    /// Existing line breaks are kept.
    /// - Complexity: O(n).
    static func wrap(_ text: String, width: Int) -> String {
        guard width > 0 else { return text }
        // Every label of a diagram is wrapped before the layout; most are ASCII, where a byte is a character.
        return wrapASCII(text, width: width) ?? wrapCharacters(text, width: width)
    }

    /// ``wrap(_:width:)`` over characters, for any text.
    static func wrapCharacters(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
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

    /// ``wrapCharacters(_:width:)`` over bytes, or nil unless each byte of `text` is one character: ASCII with no
    /// carriage return (which makes one character with a line feed after it).
    static func wrapASCII(_ text: String, width: Int) -> String? {
        let space = UInt8(ascii: " ")
        let lineFeed = UInt8(ascii: "\n")
        var text = text
        return text.withUTF8 { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }) else { return nil }
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var index = 0
            // Words run between spaces within a paragraph (runs of spaces, and spaces at either end, vanish);
            // paragraphs between line feeds; `line` is the length of the current line, 0 before its first word.
            while true {
                var line = 0
                while index < bytes.count, bytes[index] != lineFeed {
                    if bytes[index] == space {
                        index += 1
                        continue
                    }
                    var end = index
                    while end < bytes.count, bytes[end] != space, bytes[end] != lineFeed { end += 1 }
                    let word = end - index
                    if line == 0 {
                        line = word
                    } else if line + 1 + word <= width {
                        output.append(space)
                        line += 1 + word
                    } else {
                        output.append(lineFeed)
                        line = word
                    }
                    output.append(contentsOf: bytes[index..<end])
                    index = end
                }
                guard index < bytes.count else { break }
                output.append(lineFeed)
                index += 1
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
