#if canImport(Glibc)
    import Glibc
#endif

/// Grows the calling thread's malloc arena in one step before a layout, instead of a page at a time during it, and
/// backs the arena's first 2 MiB with one huge page.
///
/// glibc gives each new thread an arena of its own, and grows an arena that is not the main one by exactly what an
/// allocation lacks, page by page, with one `mprotect` each (the main arena grows by `brk` with a margin). The
/// report's drawing thread makes thousands of small allocations while Graphviz lays the graph out: traced on the
/// Rabat 2015-2025 network, 290 `mprotect` calls of one page, each a system call that takes the process's memory
/// map lock, all while the page waits for the layout. `render` lays out on the main thread and makes none.
///
/// The layout then touched about 1.5 MB of fresh memory, one page fault of 4 KiB at a time (some 370 faults,
/// about 0.45 ms under `chrt` on this machine's cores, on the layout's own thread; `render`'s layout reuses the
/// main heap's pages). Collapsing the arena's first 2 MiB into one transparent huge page (`MADV_COLLAPSE`,
/// Linux 6.1; about 0.1 ms) leaves those pages resident, so the layout finds them without a fault, and the exit
/// frees one page instead of hundreds. Where the kernel cannot (older, huge pages off), the call fails and
/// nothing changes.
enum ArenaReserve {
    /// The space taken: more than the Rabat report's drawing thread used (about 1.5 MB), and enough for the arena's
    /// writable part to cover its first 2 MiB, which the huge page needs.
    static let bytes = (2 << 20) + piece

    /// Each piece is under glibc's smallest threshold for serving an allocation with `mmap` (128 KiB), so it comes
    /// from the arena.
    static let piece = 120 << 10

    /// The size and alignment of a glibc heap that is not the main arena's (`HEAP_MAX_SIZE` on 64-bit systems):
    /// the heap's start, where its first huge page begins, is a piece's address rounded down to it.
    static let heapAlignment = 64 << 20

    /// A transparent huge page.
    static let hugePage = 2 << 20

    /// Grows the calling thread's arena by ``bytes`` and collapses its first 2 MiB into a huge page; nothing where
    /// the C library is not glibc.
    /// - Complexity: O(``bytes`` / ``piece``) allocations.
    static func growCallingThreadsArena() {
        #if canImport(Glibc)
            let pieces = UnsafeMutableBufferPointer<UnsafeMutableRawPointer?>.allocate(capacity: bytes / piece)
            defer { pieces.deallocate() }
            for index in pieces.indices { pieces[index] = malloc(piece) }
            if let first = pieces[0], isFromThreadArena(first) {
                let heap = UInt(bitPattern: first) & ~UInt(heapAlignment - 1)
                _ = madvise(UnsafeMutableRawPointer(bitPattern: heap), hugePage, madviseCollapse)
            }
            // In the order taken: each piece joins the free space before it. The last stays taken, so the free
            // space never joins the arena's top, which glibc would give back to the system (`madvise`), splitting
            // the huge page; 120 KiB kept for the process's life.
            for pointer in pieces.dropLast() { free(pointer) }
        #endif
    }

    #if canImport(Glibc)
        /// `MADV_COLLAPSE` (Linux's value; glibc's headers before 2.37 lack the name).
        private static let madviseCollapse: Int32 = 25

        /// Whether `pointer`, just returned by `malloc`, lies in a heap of a thread's arena (glibc marks such a
        /// chunk's size word with `NON_MAIN_ARENA`, 4) and not in a chunk of its own from `mmap` (`IS_MMAPPED`, 2):
        /// only then does rounding its address down give its heap's start. The word before the allocation is
        /// read through its address as a number: read through the pointer itself, the optimiser takes the read for
        /// one before the start of an allocation, and drops the call that depends on it.
        @inline(never)
        private static func isFromThreadArena(_ pointer: UnsafeMutableRawPointer) -> Bool {
            guard let header = UnsafePointer<UInt>(bitPattern: UInt(bitPattern: pointer) &- UInt(MemoryLayout<UInt>.size)) else { return false }
            let size = header.pointee
            return size & 4 != 0 && size & 2 == 0
        }
    #endif
}
