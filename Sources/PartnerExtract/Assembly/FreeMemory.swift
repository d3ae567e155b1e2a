#if canImport(Glibc)
    import Glibc
#endif

/// Gives the heap's free memory back to the system between the phases of a long extraction.
///
/// glibc keeps the memory a program frees for its next allocations; a large buffer allocated afterwards (the
/// draft's edges) is taken from new pages beside it, so what a phase let go (a text's paragraphs, the drafts
/// merged into meetings) would still count in the process's resident memory. `malloc_trim` returns the free pages.
enum FreeMemory {
    /// Returns the free pages of the heap to the system, where the C library can (glibc); elsewhere nothing.
    /// - Complexity: O(free blocks of the heap); called once per phase of a long text, not per document.
    static func release() {
        #if canImport(Glibc)
            // `malloc_trim` is glibc's own (malloc.h, outside the C module Swift imports): looked up once, by name.
            if let trim = mallocTrim { _ = trim(0) }
        #endif
    }

    #if canImport(Glibc)
        private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
            return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        }()
    #endif
}
