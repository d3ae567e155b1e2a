import Foundation
import PartnerTestSupport
import Testing

/// A `partnet SUBCOMMAND …` command a document shows (a DocC article's code span, a line of a README code block):
/// where it is, the subcommand and the options it names.
struct ArticleCommand: Sendable, CustomTestStringConvertible {
    var article: String
    var text: String
    var subcommand: String
    var options: [String]
    var testDescription: String { "\(article): \(text)" }

    /// The command in `text`, or nil when it is no `partnet SUBCOMMAND …` (a synopsis such as `partnet <subcommand>`).
    init?(article: String, text: String) {
        let words = text.split(separator: " ").map(String.init)
        guard words.count >= 2, words[0] == "partnet", !words[1].hasPrefix("<") else { return nil }
        self.article = article
        self.text = text
        subcommand = words[1]
        options = words.dropFirst(2).compactMap { word -> String? in
            guard word.hasPrefix("--") else { return nil }
            return String(word.prefix { $0 != "=" && $0 != "|" && $0 != "]" && $0 != "," })
        }
    }

    /// Every `partnet …` line of the README's shell code blocks, in file order, without its trailing comment. The
    /// set-up block (`make demo`, `make test`) holds no such line: it builds and runs the whole suite, so it is
    /// not run inside it.
    static func readme() -> [ArticleCommand] {
        guard let text = try? String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8) else { return [] }
        return found(in: text, article: "README.md").blocks
    }

    /// The commands of a document: the `partnet …` lines of its shell code blocks (` ```sh `, ` ```bash `,
    /// ` ```shell `, ` ```console `, a `$ ` prompt dropped), without trailing comments, and the `partnet …` code
    /// spans of the rest of its text (a span may wrap across a line break), each in file order.
    static func found(in text: String, article: String) -> (blocks: [ArticleCommand], spans: [ArticleCommand]) {
        var blocks: [ArticleCommand] = []
        var prose: [Substring] = []
        var fence: Substring? = nil
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") {
                fence = fence == nil ? trimmed.dropFirst(3) : nil
                continue
            }
            guard let language = fence else {
                prose.append(line)
                continue
            }
            guard ["sh", "bash", "shell", "console"].contains(language) else { continue }
            var command = trimmed.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            if command.hasPrefix("$ ") { command = command.dropFirst(2) }
            if let shown = ArticleCommand(article: article, text: command.trimmingCharacters(in: .whitespaces)) { blocks.append(shown) }
        }
        let flat = prose.joined(separator: " ")
        let spans = flat.split(separator: "`", omittingEmptySubsequences: false).enumerated().compactMap { piece in
            piece.offset % 2 == 1 ? ArticleCommand(article: article, text: String(piece.element)) : nil
        }
        return (blocks, spans)
    }

    /// Every `partnet …` command of every DocC article and catalogue page under Sources/, in file order: the lines
    /// of its shell code blocks and its code spans.
    static func all() -> [ArticleCommand] {
        let sources = repositoryRoot.appendingPathComponent("Sources")
        var commands: [ArticleCommand] = []
        let paths = (FileManager.default.subpaths(atPath: sources.path) ?? []).filter { $0.contains(".docc/") && $0.hasSuffix(".md") }
        for path in paths.sorted() {
            guard let text = try? String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8) else { continue }
            let shown = found(in: text, article: (path as NSString).lastPathComponent)
            commands += shown.blocks + shown.spans
        }
        return commands
    }
}

/// The subcommands `partnet --help` lists.
private func listedSubcommands() throws -> [String] {
    let help = try partnet("--help").standardOutput
    let section = try #require(help.range(of: "SUBCOMMANDS:"), "partnet --help has a SUBCOMMANDS section")
    return help[section.upperBound...].split(separator: "\n").compactMap { line in
        // "  name   what it does"; continuation lines are indented further.
        guard line.hasPrefix("  "), !line.hasPrefix("   "), line.contains("   "),
            let name = line.split(separator: " ").first, name.allSatisfy({ $0.isLowercase || $0 == "-" })
        else { return nil }
        return String(name)
    }.filter { $0 != "help" }
}

/// The README's module table, row by row: each module and the names in backticks of its imports column.
private func readmeModuleImports() throws -> [(module: String, imports: Set<String>)] {
    let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
    let header = try #require(lines.firstIndex { $0.hasPrefix("| module | what it holds | imports |") })
    return lines[(header + 2)...].prefix { $0.hasPrefix("| `") }.map { line in
        let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        // The last cell's names in backticks.
        let named = cells[cells.count - 2].split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
        return (module: String(cells[1].dropFirst().dropLast()), imports: Set(named))
    }
}

@Suite("Docs against the code: the README's module table and the commands of the README and the DocC articles")
struct DocumentationTests {
    @Test("the README's module table lists every folder under Sources/, and nothing else")
    func moduleTable() throws {
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false)
        let header = try #require(lines.firstIndex { $0.hasPrefix("| module | what it holds |") })
        let listed = lines[(header + 2)...].prefix { $0.hasPrefix("| `") }.map { line in
            String(line.dropFirst(3).prefix { $0 != "`" })
        }
        let sources = repositoryRoot.appendingPathComponent("Sources")
        let folders = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: sources.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }
        #expect(listed.count == Set(listed).count, "a module listed twice")
        #expect(Set(listed).subtracting(folders).sorted() == [], "listed, but no such folder under Sources/")
        #expect(Set(folders).subtracting(listed).sorted() == [], "a folder under Sources/ the table does not list")
    }

    @Test("the README's module table names what each module imports, and every import goes to a module above it")
    func moduleImports() throws {
        let rows = try readmeModuleImports()
        try #require(rows.count >= 9)
        let system: Set<String> = ["Foundation", "Dispatch", "Glibc", "Darwin", "Musl", "Synchronization"]
        let sources = repositoryRoot.appendingPathComponent("Sources")
        for (position, row) in rows.enumerated() {
            let folder = sources.appendingPathComponent(row.module)
            var imported: Set<String> = []
            for path in FileManager.default.subpaths(atPath: folder.path) ?? [] where path.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ").filter { !$0.hasPrefix("@") }
                    if words.count == 2, words[0] == "import" { imported.insert(String(words[1])) }
                }
            }
            imported.subtract(system)
            #expect(row.imports == imported, "\(row.module): the table says \(row.imports.sorted()), its sources import \(imported.sorted())")
            // Downward only: a Swift module imports modules listed above it (the shims, which import nothing, are leaves).
            let above = Set(rows.prefix(position).map(\.module))
            let leaves = Set(rows.filter { $0.imports.isEmpty }.map(\.module))
            for module in imported where rows.contains(where: { $0.module == module }) && !leaves.contains(module) {
                #expect(above.contains(module), "\(row.module) imports \(module), which the table lists below it")
            }
        }
    }

    @Test("Package.swift gives each module of the README's table exactly the dependencies its imports column names")
    func moduleDependencies() throws {
        let table = Dictionary(uniqueKeysWithValues: try readmeModuleImports().map { ($0.module, $0.imports) })
        // Each target's declaration, from its kind to the next: its name, its folder and its dependencies (a
        // product by its name, not its package's).
        let manifest = try String(contentsOf: repositoryRoot.appendingPathComponent("Package.swift"), encoding: .utf8)
        let declaration = /\.(target|executableTarget|systemLibrary|testTarget)\(/
        let starts = manifest.ranges(of: declaration).map(\.lowerBound) + [manifest.endIndex]
        var declared: [String: Set<String>] = [:]
        for (start, end) in zip(starts, starts.dropFirst()) {
            let text = String(manifest[start..<end])
            guard let name = text.firstMatch(of: /name: "([^"]+)"/)?.output.1 else { continue }
            let folder = text.firstMatch(of: /path: "Sources\/([^"]+)"/)?.output.1 ?? name
            guard table[String(folder)] != nil else { continue }
            var dependencies: Set<String> = []
            if let list = text.firstMatch(of: /dependencies: \[([^\]]*)\]/)?.output.1 {
                let withoutPackages = list.replacing(/package: "[^"]+"/, with: "")
                for match in withoutPackages.matches(of: /"([^"]+)"/) { dependencies.insert(String(match.output.1)) }
            }
            declared[String(folder)] = dependencies
        }
        try #require(declared.count >= 9, "too few targets found in Package.swift: \(declared.keys.sorted())")
        for (module, imports) in table.sorted(by: { $0.key < $1.key }) {
            let dependencies = try #require(declared[module], "\(module) is in the README's table but not a target of Package.swift")
            // A shim's column names the system library in words, no module: it depends on nothing.
            #expect(dependencies == imports, "\(module): Package.swift has \(dependencies.sorted()), the table \(imports.sorted())")
        }
    }

    @Test("the DocC articles show partnet commands, so the check below cannot pass on none")
    func articlesHaveCommands() throws {
        try #require(ArticleCommand.all().count >= 5)
    }

    @Test("commands are found in an article's shell blocks and code spans alike, and nowhere else")
    func commandsFoundEverywhere() {
        let text = """
            Run `partnet info graphs/a.yaml` first, or `partnet
            stats graphs/a.yaml --by year` wrapped across a line.

            ```sh
            $ partnet centrality graphs/a.yaml --measure degree   # a comment
            ```

            ```swift
            let x = "partnet render graphs/a.yaml"
            ```
            """
        let found = ArticleCommand.found(in: text, article: "A.md")
        #expect(found.blocks.map(\.text) == ["partnet centrality graphs/a.yaml --measure degree"])
        #expect(found.spans.map(\.text) == ["partnet info graphs/a.yaml", "partnet stats graphs/a.yaml --by year"])
        #expect(found.blocks.first?.options == ["--measure"])
    }

    @Test("every partnet command a DocC article shows names a subcommand and options the tool has", arguments: ArticleCommand.all())
    func articleCommand(_ command: ArticleCommand) throws {
        #expect(try listedSubcommands().contains(command.subcommand), "no subcommand '\(command.subcommand)'")
        let help = try partnet(command.subcommand, "--help")
        #expect(help.status == 0)
        for option in command.options {
            #expect(help.standardOutput.contains(option), "partnet \(command.subcommand) has no option \(option)")
        }
    }

    @Test("every partnet command a DocC article shows runs as written, on the repository's files", arguments: ArticleCommand.all())
    func articleCommandRuns(_ command: ArticleCommand) throws {
        try runAsWritten(command)
    }

    @Test("the README's code blocks show partnet commands, so the check below cannot pass on none")
    func readmeHasCommands() throws {
        let commands = ArticleCommand.readme()
        try #require(commands.count >= 14)
        #expect(Set(commands.map(\.subcommand)).isSuperset(of: ["info", "stats", "cooccurrence", "centrality", "extract"]))
    }

    @Test("every partnet command of the README's code blocks names a subcommand and options the tool has", arguments: ArticleCommand.readme())
    func readmeCommand(_ command: ArticleCommand) throws {
        try articleCommand(command)
    }

    @Test("every partnet command of the README's code blocks runs as written, on the repository's files", arguments: ArticleCommand.readme())
    func readmeCommandRuns(_ command: ArticleCommand) throws {
        try runAsWritten(command)
    }

    /// Runs a documented command from the repository root as written, its outputs moved to a scratch folder, and
    /// checks that it exits 0 and gives something: each file it writes exists and is not empty, and a command that
    /// writes none prints.
    private func runAsWritten(_ command: ArticleCommand) throws {
        var arguments = command.text.split(separator: " ").dropFirst().map(String.init)
        // An example, not a synopsis: it names a file of the repository.
        let files = arguments.filter { FileManager.default.fileExists(atPath: repositoryRoot.appendingPathComponent($0).path) }
        #expect(!files.isEmpty, "no file of the repository in `\(command.text)`: write the example on a real file")
        // What it writes goes to a scratch folder, not into the repository.
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var written: [URL] = []
        let writing: Set<String> = ["-o", "--output", "--review"]
        for index in arguments.indices.dropLast() where writing.contains(arguments[index]) && arguments[index + 1] != "-" {
            let output = scratch.appendingPathComponent(arguments[index + 1])
            arguments[index + 1] = output.path
            written.append(output)
        }
        let run = try partnet(arguments: arguments)
        #expect(run.status == 0, "`\(command.text)` failed: \(run.standardError.prefix(300))")
        for output in written {
            let size = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? nil
            #expect((size ?? 0) > 0, "`\(command.text)` wrote no \(output.lastPathComponent)")
        }
        if written.isEmpty {
            #expect(!run.standardOutput.isEmpty, "`\(command.text)` printed nothing")
        }
    }

    @Test("the tool's article (TheTool.md) and the README's table name every subcommand")
    func everySubcommandDocumented() throws {
        let subcommands = try listedSubcommands()
        try #require(subcommands.count >= 10)
        let article = try String(
            contentsOf: repositoryRoot.appendingPathComponent("Sources/PartnerGraph/PartnerGraph.docc/Articles/TheTool.md"),
            encoding: .utf8)
        let readme = try String(contentsOf: repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        for subcommand in subcommands {
            #expect(article.contains("`\(subcommand)`"), "TheTool.md does not name \(subcommand)")
            #expect(readme.contains("| `\(subcommand) "), "the README's table of subcommands has no row for \(subcommand)")
        }
    }
}
