#if canImport(Glibc)
    import Glibc
#endif

/// Grows the calling thread's malloc arena in one step before a layout, instead of a page at a time during it, and
/// has another thread fault its first 2 MiB in while the layout's graph is built.
///
/// glibc gives each new thread an arena of its own, and grows an arena that is not the main one by exactly what an
/// allocation lacks, page by page, with one `mprotect` each (the main arena grows by `brk` with a margin). The
/// report's drawing thread makes thousands of small allocations while Graphviz lays the graph out: traced on the
/// Rabat 2015-2025 network, 290 `mprotect` calls of one page, each a system call that takes the process's memory
/// map lock, all while the page waits for the layout. `render` lays out on the main thread and makes none.
///
/// The layout then touched about 1.5 MB of fresh memory, one page fault of 4 KiB at a time (some 370 faults,
/// about 0.5-0.7 ms on the layout's own thread; `render`'s layout reuses the main heap's pages). The drawing thread
/// hands the arena's first 2 MiB to the thread that asked for the report, which is idle until the layout begins:
/// it faults them in with one `madvise(MADV_POPULATE_WRITE)` (Linux 5.14; about 0.7 ms) while the drawing thread
/// goes on to build its graph, so the layout finds them resident. Where the kernel cannot, the call fails and
/// nothing changes.
///
/// Collapsing those 2 MiB into one huge page on the drawing thread (`MADV_COLLAPSE`) was tried and dropped: the
/// call drains every core's page lists first (`lru_add_drain_all`) and waits for a kernel worker on the other core,
/// which is busy then: traced, the layout started 0.01-11 ms later, 4-11 ms in half of the runs on a loaded machine.
enum ArenaReserve {
    /// The space taken: more than the Rabat report's drawing thread used (about 1.5 MB), and enough for the arena's
    /// writable part to cover its first 2 MiB, which ``populate(_:)`` faults in.
    static let bytes = (2 << 20) + piece

    /// Each piece is under glibc's smallest threshold for serving an allocation with `mmap` (128 KiB), so it comes
    /// from the arena.
    static let piece = 120 << 10

    /// The size and alignment of a glibc heap that is not the main arena's (`HEAP_MAX_SIZE` on 64-bit systems):
    /// the heap's start is a piece's address rounded down to it.
    static let heapAlignment = 64 << 20

    /// How much of the heap ``populate(_:)`` faults in: 2 MiB.
    static let populated = 2 << 20

    /// Grows the calling thread's arena by ``bytes``.
    /// - Returns: the first 2 MiB of the arena's heap, for ``populate(_:)``; nil where the C library is not glibc
    ///   or the space did not come from a thread's arena.
    /// - Complexity: O(``bytes`` / ``piece``) allocations.
    static func growCallingThreadsArena() -> Region? {
        #if canImport(Glibc)
            let pieces = UnsafeMutableBufferPointer<UnsafeMutableRawPointer?>.allocate(capacity: bytes / piece)
            defer { pieces.deallocate() }
            for index in pieces.indices { pieces[index] = malloc(piece) }
            var region: Region?
            if let first = pieces[0], isFromThreadArena(first) {
                region = Region(start: UInt(bitPattern: first) & ~UInt(heapAlignment - 1))
            }
            // In the order taken: each piece joins the free space before it. The last stays taken, so the free
            // space never joins the arena's top, which glibc would give back to the system (`madvise`) before the
            // layout uses it; 120 KiB kept for the process's life.
            for pointer in pieces.dropLast() { free(pointer) }
            return region
        #else
            return nil
        #endif
    }

    /// The start of a thread arena's heap, whose first ``populated`` bytes are writable once the arena is grown.
    struct Region: Sendable {
        var start: UInt
    }

    /// Faults `region`'s 2 MiB in from any thread (writable, zeroed where never written: what the arena's owner
    /// wrote meanwhile stays); nothing for nil or where the C library is not glibc.
    /// - Complexity: O(2 MiB), in the kernel.
    static func populate(_ region: Region?) {
        #if canImport(Glibc)
            guard let region else { return }
            _ = madvise(UnsafeMutableRawPointer(bitPattern: region.start), populated, madvisePopulateWrite)
        #endif
    }

    #if canImport(Glibc)
        /// `MADV_POPULATE_WRITE` (Linux's value; glibc's headers before 2.35 lack the name).
        private static let madvisePopulateWrite: Int32 = 23

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
