import ArgumentParser
import Foundation
import PartnerMetrics

/// `--quiet`, for commands that run long kernels.
struct ProgressOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Show no progress on standard error (progress shows only on a terminal, after a second).")
    var quiet = false

    /// A display for this run: live on a terminal unless --quiet, silent otherwise.
    func display(_ title: String, steps: Int? = nil) -> ProgressDisplay {
        ProgressDisplay(title: title, steps: steps, enabled: !quiet && standardErrorIsTerminal)
    }
}

/// Progress on standard error, fed by a ``RunControl`` from inside the kernels.
///
/// Nothing shows during the first second or when standard error is not a terminal. Then one line is
/// redrawn in place, five times a second: the task, how far it has come, and an estimate of the time left
/// (from the pace so far within the task); tasks with no known total (community passes) show their count
/// and the time spent. ``finish()`` ends the line with the total time, when anything was shown.
final class ProgressDisplay: @unchecked Sendable {
    private let title: String
    /// How many tasks the run has, when known: shown as `(step/steps)`.
    var steps: Int? {
        get { lock.withLock { stepCount } }
        set { lock.withLock { stepCount = newValue } }
    }
    private var stepCount: Int?
    private let enabled: Bool
    private let start = ContinuousClock.now
    private let lock = NSLock()
    private var task: String?
    private var step = 0
    private var taskStart = ContinuousClock.now
    private var latest: RunControl.Progress?
    private var shown = false
    private var finished = false
    private var timer: DispatchSourceTimer?

    /// The delay before anything shows, and between redraws.
    static let delay = Duration.seconds(1)
    static let interval = DispatchTimeInterval.milliseconds(200)

    init(title: String, steps: Int?, enabled: Bool) {
        self.title = title
        stepCount = steps
        self.enabled = enabled
        guard enabled else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "partnet.progress"))
        timer.schedule(deadline: .now() + ProgressDisplay.interval, repeating: ProgressDisplay.interval)
        timer.setEventHandler { [weak self] in self?.redraw() }
        timer.resume()
        self.timer = timer
    }

    deinit { timer?.cancel() }

    /// Shows `phase` (e.g. "reading FILE") until the first report of a task: work before the kernels start
    /// (reading and building the graph) shows too, and does not count as a step.
    func begin(_ phase: String) {
        lock.lock()
        defer { lock.unlock() }
        latest = RunControl.Progress(task: phase, done: 0, total: nil)
        task = phase
        taskStart = .now
    }

    /// A control that feeds this display, with a deadline: by default the command's `--timeout`.
    func control(deadline: ContinuousClock.Instant? = CommandDeadline.instant) -> RunControl {
        RunControl(deadline: deadline) { [self] progress in self.record(progress) }
    }

    private func record(_ progress: RunControl.Progress) {
        lock.lock()
        defer { lock.unlock() }
        if progress.task != task || step == 0 {
            task = progress.task
            step += 1
            taskStart = .now
        }
        latest = progress
    }

    private func redraw() {
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        guard !finished, timer != nil, now - start >= ProgressDisplay.delay, let line = line(now: now) else { return }
        shown = true
        FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
    }

    /// The line for the latest report; nil before the first.
    private func line(now: ContinuousClock.Instant) -> String? {
        guard let latest else { return nil }
        var text = title + ": " + latest.task
        if let steps = stepCount, steps > 1, step > 0 { text += " (\(min(step, steps))/\(steps))" }
        let spent = now - taskStart
        if let fraction = latest.fraction, let total = latest.total {
            text += String(format: " %3.0f%%", fraction * 100) + " (\(latest.done)/\(total))"
            if fraction > 0 && fraction < 1 {
                let left = spent * ((1 - fraction) / fraction)
                text += ", about " + ProgressDisplay.describe(left) + " left"
            }
        } else if latest.done > 0 {
            text += ", pass \(latest.done), " + ProgressDisplay.describe(spent)
        } else {
            text += ", " + ProgressDisplay.describe(spent)
        }
        return text
    }

    /// Stops the display; when it showed anything, ends its line with the time the run took.
    /// Calling it again does nothing.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        timer?.cancel()
        timer = nil
        guard enabled, shown, !finished else { return }
        finished = true
        let summary = title + ": done in " + ProgressDisplay.describe(ContinuousClock.now - start)
        FileHandle.standardError.write(Data(("\r" + summary + "\u{1B}[K\n").utf8))
    }

    /// A duration in words a person reads at a glance: `4 s`, `2 min 05 s`, `1 h 03 min`.
    static func describe(_ duration: Duration) -> String {
        let seconds = max(0, Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18).rounded()))
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return String(format: "%d min %02d s", seconds / 60, seconds % 60) }
        return String(format: "%d h %02d min", seconds / 3600, (seconds % 3600) / 60)
    }
}
