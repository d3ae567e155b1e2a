import ArgumentParser
// Its constructor decides whether Graphviz's early start is due; `main` starts it beside the arguments' parse.
import CPartnetStart
import Foundation
import PartnerGraphviz
import PartnerIO

/// The `partnet` command: analyses partnership networks from the command line.
@main
struct Partnet: ParsableCommand {
    /// The tool's name: the root command's, and the name each subcommand gives its super-command.
    static let name = "partnet"

    static let configuration = CommandConfiguration(
        commandName: name,
        abstract: "Analyse partnership networks: who meets whom, who is central, and how it changes.",
        discussion: """
            FILE is a network file (.yaml, .yml, .json), an event table (.csv) or an edge or affiliation list \
            (.tsv); --input forces the kind.
            """,
        version: PartnerGraphVersion.current,
        subcommands: [
            Info.self,
            Validate.self,
            Centrality.self,
            CoOccurrenceCommand.self,
            Stats.self,
            Communities.self,
            Ties.self,
            Convert.self,
            Render.self,
            Report.self,
            Extract.self,
            RenderWorkerCommand.self,
        ]
    )

    /// Runs the tool; every failure is reported on stderr and exits 1 (help and version exit 0).
    static func main() {
        SignalHandling.install()
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments == ["--version"] { printVersion() }
        let parsedBeside = startGraphvizBesideParse(arguments)
        prepareGraphviz(for: arguments)
        do {
            try checkHelpTopic(arguments)
            let parsedAlone: ParsableCommand? = parsedBeside ?? parseSubcommandAlone(arguments)
            var command = try parsedAlone ?? parseAsRoot()
            try command.run()
            GraphvizRenderer.waitForPreparation()
            try checkStandardOutput()
            // Everything is written, flushed and closed, and the threads this run started for Graphviz have ended:
            // what `exit` would still do is run the libraries' exit handlers and destructors (glib's, pango's,
            // fontconfig's, libstdc++'s...), which free memory the process's end frees anyway. Half a millisecond to
            // a millisecond of a render's wall time, measured against Graphviz's own command.
            fflush(nil)
            _exit(0)
        } catch {
            // Graphviz may still be loading on another thread: let it end before the libraries are unloaded.
            GraphvizRenderer.waitForPreparation()
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            // A command that already reported its problems (validate) throws a bare ExitCode: nothing more to say.
            if error is ExitCode { Foundation.exit(1) }
            if let stopped = CommandDeadline.stopMessage(for: error) {
                TemporaryFiles.removeAll()
                FileHandle.standardError.write(Data((stopped + "\n").utf8))
                Foundation.exit(1)
            }
            let message = fullMessage(for: ToolVocabulary.translated(error))
            FileHandle.standardError.write(Data(((message.isEmpty ? "\(error)" : message) + "\n").utf8))
            Foundation.exit(1)
        }
    }
}

// MARK: - Graphviz, loaded while the arguments and the input are read

extension Partnet {
    /// The subcommands that lay out a drawing whatever their options: Graphviz's plugins and fonts are loaded
    /// on another thread from the start (``GraphvizRenderer/prepare(engine:format:fontName:)``), while the
    /// arguments are parsed and the network is read. The engine of most drawings is neato or sfdp (one plugin).
    static let drawingSubcommands: Set<String> = [Render._commandName, Report._commandName, RenderWorkerCommand._commandName]

    /// The arguments that make ArgumentParser answer without running the command: help, the version, a
    /// completion script, the help dump. Such a run draws nothing.
    static let answeredWithoutRunning: Set<String> = [
        "-h", "--help", "-help", "--help-hidden", "-help-hidden", "--version", "--experimental-dump-help",
    ]

    /// Whether `arguments` (the command line after the tool's name) ask for something ArgumentParser answers
    /// without running the command. Only what looks like such a request counts (a value spelled `--help` too):
    /// the answer is the same either way, only the preparation is skipped.
    static func asksForAnswerWithoutRunning(_ arguments: [String]) -> Bool {
        arguments.contains { answeredWithoutRunning.contains($0) || $0.hasPrefix("--generate-completion-script") }
    }

    /// Starts the preparation when the subcommand named first draws, unless the arguments ask for help or the
    /// like (``asksForAnswerWithoutRunning(_:)``); does nothing otherwise. `partnet render --help` would otherwise
    /// load Graphviz's plugins and fonts for nothing and wait for them before exiting (12.0 ms instead of 5.5,
    /// 15 ms of CPU instead of 5.5).
    ///
    /// `render` and `report` also leave their laid-out graphs to the process's exit: the tool ends once their
    /// output is committed (written, renamed into place and closed), and Graphviz freeing every node, edge and
    /// layout record first is work nobody waits for. The render worker keeps freeing: `--repeat` measures memory
    /// across renders.
    static func prepareGraphviz(for arguments: [String]) {
        guard let subcommand = arguments.first, drawingSubcommands.contains(subcommand), !asksForAnswerWithoutRunning(arguments)
        else { return }
        if subcommand != RenderWorkerCommand._commandName { GraphvizRenderer.leaveGraphsToExit() }
        GraphvizRenderer.prepare(engine: .neato, format: .svg, fontName: Style().fontName)
    }
}

// MARK: - The arguments parsed while Graphviz loads

extension Partnet {
    /// For a run that lays out a drawing (the constructor decided, `partnet_start_due`): Graphviz's libraries load on
    /// this thread (`partnet_start_graphviz`, about 6 ms: pango's plugin with pango, cairo, glib, fontconfig and
    /// FreeType, each bound symbol by symbol) while a second thread parses the arguments
    /// (``parseSubcommandAlone(_:)``, about 2 ms, most of it the Swift runtime's first conformance lookups and
    /// the reflection of the command's options), on the other core, which the loading leaves idle. The constructor
    /// cannot do it: the Swift runtime's own constructors run after it. The same parse by the same library, so
    /// the same command or nil; nil when nothing is due (then `main` parses, as always).
    /// - Returns: nil when no parse ran beside; else its answer (the command, or nil when the root's parse is to answer).
    static func startGraphvizBesideParse(_ arguments: [String]) -> ParsableCommand?? {
        guard partnet_start_due() != 0 else { return nil }
        let parse = Unmanaged.passRetained(BesideParse(arguments: arguments))
        let started = partnet_beside_start(
            { argument in
                let parse = Unmanaged<BesideParse>.fromOpaque(argument!).takeUnretainedValue()
                parse.command = Partnet.parseSubcommandAlone(parse.arguments)
            }, parse.toOpaque())
        partnet_start_graphviz()
        partnet_beside_join()
        let parsed = parse.takeRetainedValue()
        return started != 0 ? .some(parsed.command) : nil
    }

    /// What the parsing thread is handed, and what it parsed.
    private final class BesideParse: @unchecked Sendable {
        let arguments: [String]
        // Written by the parsing thread before it ends, read by `main` after joining it.
        var command: ParsableCommand?

        init(arguments: [String]) { self.arguments = arguments }
    }
}

// MARK: - The version

extension Partnet {
    /// `partnet --version`: prints the version and exits 0, as ArgumentParser does (its `print`, then `exit`),
    /// without building the parser: the root's parse costs more than the rest of the run.
    static func printVersion() -> Never {
        print(configuration.version)
        Foundation.exit(0)
    }
}

// MARK: - Parsing a subcommand without the root

extension Partnet {
    /// The subcommand named first parsed on its own, when that parse succeeds; nil otherwise, and then the root's
    /// parse (`parseAsRoot()`) gives the result, the help, the version or the error, exactly as it always did.
    ///
    /// From the root, ArgumentParser parses `partnet` itself, meets the subcommand's name and builds the
    /// subcommand's whole argument set (a reflection of every option) to see whether it takes pass-through
    /// arguments, then builds it again to parse it: about a millisecond of every run's start, most of it the Swift
    /// runtime's first conformance lookups. The root has no options of its own and its `validate()` does nothing,
    /// so a clean parse of the subcommand alone is the same command with the same values. Anything else (`--help`,
    /// `--version`, `--generate-completion-script`, a bad option, a failed validation) makes this parse throw,
    /// and the root's parse runs from the start: the subcommands' `validate()` may then run twice, and what they
    /// start (the `--timeout` deadline) keeps the first start.
    ///
    /// Each subcommand names `partnet` as its super-command (`_superCommandName`), which ArgumentParser reads
    /// only where that command is the root: here, and in help written for it alone (`partnet render`, which is
    /// its name). A root parse otherwise first parses every argument twice more, as two throwaway commands, to
    /// find `--generate-completion-script` (two more reflections; most of their conformance lookups the
    /// subcommand's own parse needs anyway); with a super-command it does not, so that option, like any other it
    /// does not know, makes this parse throw and the root's parse answers it, with the completion script, as
    /// before.
    /// - Complexity: one parse of the subcommand's arguments.
    static func parseSubcommandAlone(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first, !name.hasPrefix("-"),
            let subcommand = configuration.subcommands.first(where: { $0._commandName == name }),
            let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
            type(of: command) == subcommand
        else { return nil }
        return command
    }
}

// MARK: - Help on an unknown subcommand

extension Partnet {
    /// The names `partnet help NAME` accepts: the visible subcommands.
    static var subcommandNames: [String] {
        configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName }
    }

    /// `partnet help NAME` with a NAME that is no subcommand is an error with a suggestion (ArgumentParser
    /// would print the general help and exit 0).
    static func checkHelpTopic(_ arguments: [String]) throws {
        guard arguments.first == "help", arguments.count > 1 else { return }
        let topic = arguments[1]
        guard !topic.hasPrefix("-"), !subcommandNames.contains(topic) else { return }
        throw UnknownHelpTopic(topic: topic, suggestion: closest(to: topic, among: subcommandNames))
    }

    /// The name nearest to `word` in edit distance, when it is near enough to be a typo.
    static func closest(to word: String, among names: [String]) -> String? {
        let scored = names.map { (name: $0, distance: editDistance(word, $0)) }
        guard let best = scored.min(by: { ($0.distance, $0.name) < ($1.distance, $1.name) }) else { return nil }
        return best.distance <= max(2, best.name.count / 3) ? best.name : nil
    }

    /// Levenshtein distance between two words, by characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let b = Array(b)
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// `partnet help NAME` for a NAME that is no subcommand.
struct UnknownHelpTopic: Error, LocalizedError {
    let topic: String
    let suggestion: String?

    var errorDescription: String? {
        var message = "no subcommand '\(topic)'"
        if let suggestion { message += "; did you mean '\(suggestion)'?" }
        return message + " Subcommands: \(Partnet.subcommandNames.joined(separator: ", "))."
    }
}
