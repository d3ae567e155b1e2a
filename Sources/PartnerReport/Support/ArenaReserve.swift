#if canImport(Glibc)
    import Glibc
#endif

/// Grows the calling thread's malloc arena in one step before a layout, instead of a page at a time during it.
///
/// glibc gives each new thread an arena of its own, and grows an arena that is not the main one by exactly what an
/// allocation lacks, page by page, with one `mprotect` each (the main arena grows by `brk` with a margin). The
/// report's drawing thread makes thousands of small allocations while Graphviz lays the graph out: traced on the
/// Rabat 2015-2025 network, 290 `mprotect` calls of one page, each a system call that takes the process's memory
/// map lock, all while the page waits for the layout. `render` lays out on the main thread and makes none.
///
/// Taking the space up front and giving it back leaves the arena's pages writable (freeing returns them to the
/// system with `madvise` but keeps their protection), so the layout's allocations find them without a call.
enum ArenaReserve {
    /// The space taken: more than the Rabat report's drawing thread used (about 1.3 MB).
    static let bytes = 2 << 20

    /// Each piece is under glibc's smallest threshold for serving an allocation with `mmap` (128 KiB), so it comes
    /// from the arena.
    static let piece = 120 << 10

    /// Grows the calling thread's arena by ``bytes``; nothing where the C library is not glibc.
    /// - Complexity: O(``bytes`` / ``piece``) allocations.
    static func growCallingThreadsArena() {
        #if canImport(Glibc)
            let pieces = UnsafeMutableBufferPointer<UnsafeMutableRawPointer?>.allocate(capacity: bytes / piece)
            defer { pieces.deallocate() }
            for index in pieces.indices { pieces[index] = malloc(piece) }
            // In the order taken: each piece joins the free space before it, and the last joins the arena's top, which
            // is given back to the system once.
            for pointer in pieces { free(pointer) }
        #endif
    }
}
