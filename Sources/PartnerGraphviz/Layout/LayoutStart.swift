/// Who is told when a layout begins: set for the code a thread runs by
/// ``GraphvizRenderer/reportingLayoutStart(to:_:)``.
enum LayoutStart {
    @TaskLocal static var listener: (@Sendable () -> Void)?

    /// Tells the listener of the calling thread (or task), if any, that a layout begins now.
    /// - Complexity: O(1) here; what the listener does.
    static func signal() {
        listener?()
    }
}

extension GraphvizRenderer {
    /// Runs `body` and calls `started` each time a layout that `body` asks for on this thread (or in this task)
    /// begins, and after it the listeners of the calls this one runs inside: for a render in this process, right
    /// before Graphviz lays the graph out (its plugins loaded, the graph handed over, the context's lock held); for
    /// ``IsolatedRenderer``, once the child process that lays it out is started. A render that fails earlier (an
    /// unknown engine, a syntax error, a worker that cannot start) calls nothing.
    ///
    /// For a caller that has other work to do while the layout runs, but that would take a core from the layout's
    /// preparation if it started sooner:
    /// ```swift
    /// let started = DispatchSemaphore(value: 0)
    /// Thread {
    ///     _ = GraphvizRenderer.reportingLayoutStart(to: { started.signal() }) {
    ///         try? GraphvizRenderer.render(graph, engine: .neato, format: .svg)
    ///     }
    /// }.start()
    /// started.wait()   // then compute what does not need the drawing
    /// ```
    /// - Parameters:
    ///   - started: called on the rendering thread, under Graphviz's lock for an in-process render: it should
    ///     return at once (signal a waiting thread) and must not render.
    ///   - body: the work that renders.
    /// - Returns: what `body` returns.
    /// - Complexity: that of `body`.
    public static func reportingLayoutStart<Result>(
        to started: @escaping @Sendable () -> Void, _ body: () throws -> Result
    ) rethrows -> Result {
        // A listener set further out is told as well, after this one.
        let outer = LayoutStart.listener
        return try LayoutStart.$listener.withValue(
            {
                started()
                outer?()
            }, operation: body)
    }

    /// Returns once the layout in progress in this process has measured its labels: it has asked for every label
    /// that the thread beside it measures (see ``render(_:engine:format:)``), each answered from that thread's cache
    /// or measured by pango, or it is done; at once when no render's labels are being measured (none is running, a
    /// render in a child process, or a format whose labels the layout measures itself).
    ///
    /// The first milliseconds of a layout are its label measuring, on two threads (the layout's and the measuring
    /// thread) and on the short-lived threads pango starts to find each new font size. A caller with other work to
    /// do beside the layout waits for ``reportingLayoutStart(to:_:)``'s signal and then for this, so that its work
    /// takes the second core once the layout no longer needs it:
    /// ```swift
    /// started.wait()                                // the layout has begun
    /// GraphvizRenderer.waitForLabelMeasurement()    // and no longer needs the second core
    /// ```
    /// - Complexity: O(1); it waits at most until the layout in progress ends.
    public static func waitForLabelMeasurement() {
        LabelMeasurement.waitUntilMeasured()
    }
}
