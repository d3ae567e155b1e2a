import Foundation
import Testing

@testable import PartnerFiles
import PartnerTestSupport

/// The one output rule: regular files through a temporary and a rename, devices and FIFOs in place, links
/// followed, nothing left behind on failure.
@Suite("Output rule")
struct OutputFileTests {
    func kind(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    func inode(_ path: String) -> ino_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_ino : 0
    }

    func names(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func currentUmask() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return mask
    }

    @Test("a new file gets its mode from the umask and appears whole")
    func newFile() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("out.txt").path
        try OutputFile.write("hello\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "hello\n")
        #expect(kind(path) == S_IFREG)
        #expect(mode(path) == 0o666 & ~currentUmask())
        #expect(try names(folder) == ["out.txt"])
    }

    @Test("an existing file is replaced by a new inode and keeps its permissions")
    func replacesExisting() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("private.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        chmod(path, 0o600)
        let before = inode(path)
        try OutputFile.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(mode(path) == 0o600)
        #expect(inode(path) != before, "written through a temporary and a rename, not in place")
        #expect(try names(folder) == ["private.txt"])
    }

    @Test("a replaced file is swapped out whole: another link keeps the old content, and nothing is left beside it")
    func swappedOut() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("page.html").path
        let other = folder.appendingPathComponent("kept.html").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(link(path, other) == 0)
        try OutputFile.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "old")
        #expect(try names(folder) == ["kept.html", "page.html"])
    }

    @Test("what happens to the path between opening and committing: gone, it is written; a folder now, it is refused and kept")
    func changedBeforeCommit() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("out.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let gone = try OutputFile(path: path)
        try gone.write("new")
        unlink(path)
        try gone.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        let replaced = try OutputFile(path: path)
        try replaced.write("newer")
        unlink(path)
        #expect(mkdir(path, 0o755) == 0)
        #expect(throws: OutputError.self) { try replaced.commit() }
        #expect(kind(path) == S_IFDIR)
        #expect(try names(folder) == ["out.txt"])
    }

    @Test("a symbolic link is followed to its target and stays a link, dangling or not")
    func symlinks() throws {
        let folder = try temporaryDirectory()
        let target = folder.appendingPathComponent("target.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: target))
        let link = folder.appendingPathComponent("link.txt").path
        symlink("target.txt", link)
        try OutputFile.write("through the link", to: link)
        #expect(kind(link) == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "through the link")

        // A dangling link: its target is created with the umask's mode, not the link's 0777.
        let dangling = folder.appendingPathComponent("dangling.txt").path
        let missing = folder.appendingPathComponent("sub/missing.txt").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("sub").path, withIntermediateDirectories: false)
        symlink("sub/missing.txt", dangling)
        try OutputFile.write("created", to: dangling)
        #expect(kind(dangling) == S_IFLNK)
        #expect(kind(missing) == S_IFREG)
        #expect(try String(contentsOfFile: missing, encoding: .utf8) == "created")
        #expect(mode(missing) == 0o666 & ~currentUmask())
        #expect(try names(folder) == ["dangling.txt", "link.txt", "sub", "target.txt"])
        #expect(try names(folder.appendingPathComponent("sub")) == ["missing.txt"])
    }

    @Test("devices made with mknod are written in place, never replaced")
    func devices() throws {
        guard geteuid() == 0 else { return }  // mknod needs root
        let folder = try temporaryDirectory()
        let null = folder.appendingPathComponent("null").path
        let full = folder.appendingPathComponent("full").path
        try #require(mknod(null, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0)
        try #require(mknod(full, S_IFCHR | 0o666, dev_t((1 << 8) | 7)) == 0)
        chmod(null, 0o666)
        try OutputFile.write("discarded", to: null)
        #expect(kind(null) == S_IFCHR)
        #expect(mode(null) == 0o666, "the device's mode is left alone")
        // /dev/full: the write fails with the system's reason, and the device stays.
        #expect {
            try OutputFile.write(String(repeating: "x", count: 1 << 17), to: full)
        } throws: { error in
            "\(error)".contains("No space left on device")
        }
        #expect(kind(full) == S_IFCHR)
        // A link to a device leads to the device.
        let link = folder.appendingPathComponent("stdout-like").path
        symlink(null, link)
        try OutputFile.write("x", to: link)
        #expect(kind(link) == S_IFLNK && kind(null) == S_IFCHR)
        #expect(try names(folder) == ["full", "null", "stdout-like"])
    }

    @Test("a FIFO is written in place")
    func fifo() throws {
        let folder = try temporaryDirectory()
        let fifo = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(fifo, 0o600) == 0)
        let received = ReceivedBytes()
        let reader = Thread {
            if let handle = FileHandle(forReadingAtPath: fifo) {
                received.data = handle.readDataToEndOfFile()
                try? handle.close()
            }
            received.done.signal()
        }
        reader.start()
        try OutputFile.write("through the pipe\n", to: fifo)
        #expect(received.done.wait(timeout: .now() + 10) == .success)
        #expect(String(decoding: received.data, as: UTF8.self) == "through the pipe\n")
        #expect(kind(fifo) == S_IFIFO)
        #expect(try names(folder) == ["pipe"])
    }

    @Test("- and /dev/stdout name standard output, written in place")
    func standardOutput() throws {
        #expect(try OutputTarget.resolve("-") == .descriptor(STDOUT_FILENO))
        #expect(try OutputTarget.resolve("/dev/stdout") == .descriptor(STDOUT_FILENO))
        #expect(try OutputTarget.resolve("/dev/fd/2") == .descriptor(2))
    }

    @Test("a failure while writing leaves the old file and no temporary")
    func failureLeavesNothing() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("kept.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        struct Interrupted: Error {}
        #expect(throws: Interrupted.self) {
            try OutputFile.write(to: path) { file in
                try file.write(String(repeating: "partial ", count: 100_000))
                #if os(Linux)
                    #expect(try self.names(folder).count == 1, "the temporary has no name while writing")
                #else
                    #expect(try self.names(folder).count == 2, "the temporary exists while writing")
                #endif
                throw Interrupted()
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        #expect(try names(folder) == ["kept.txt"])
        // An abandoned file is discarded when it goes away.
        do {
            let file = try OutputFile(path: folder.appendingPathComponent("abandoned.txt").path)
            try file.write("never committed")
        }
        #expect(try names(folder) == ["kept.txt"])
    }

    /// The id of a process that has ended (run and waited for).
    func deadProcessIdentifier() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test("a dead writer's temporary beside the path is gone once a write there is committed or discarded; a live one's stays")
    func leftoversSwept() throws {
        let folder = try temporaryDirectory()
        let dead = try deadProcessIdentifier()
        let live = getppid()
        let leftovers = [
            ".out.txt.p\(dead)-0123ABCD.tmp", ".out.txt.p\(live)-4567EFAB.tmp", ".gone.txt.p\(dead)-89ABCDEF.tmp",
        ]
        for name in leftovers { try Data("partial".utf8).write(to: folder.appendingPathComponent(name)) }
        // Committed (on Linux the sweep runs on another thread beside the writing, and the commit waits for it).
        let file = try OutputFile(path: folder.appendingPathComponent("out.txt").path)
        try file.write(String(repeating: "line\n", count: 50_000))
        try file.commit()
        #expect(try names(folder) == [leftovers[2], leftovers[1], "out.txt"].sorted())
        // Discarded.
        do {
            let abandoned = try OutputFile(path: folder.appendingPathComponent("gone.txt").path)
            try abandoned.write("never committed")
            abandoned.discard()
        }
        #expect(try names(folder) == [leftovers[1], "out.txt"].sorted())
    }

    @Test("directories, missing folders and the input are refused")
    func refusals() throws {
        let folder = try temporaryDirectory()
        #expect(throws: OutputError.self) { try OutputFile.write("x", to: folder.path) }
        #expect(throws: OutputError.self) { try OutputFile.write("x", to: folder.appendingPathComponent("no/such/file").path) }
        let input = folder.appendingPathComponent("in.yaml").path
        try Data("name: x\n".utf8).write(to: URL(fileURLWithPath: input))
        #expect {
            try OutputFile.write("x", to: input, protecting: [input])
        } throws: { error in
            "\(error)".contains("is the input file; refusing to write over it")
        }
        #expect(try String(contentsOfFile: input, encoding: .utf8) == "name: x\n")
    }

    @Test("outputs committed together appear together or not at all")
    func together() throws {
        let folder = try temporaryDirectory()
        let map = folder.appendingPathComponent("out-map.txt").path
        let network = folder.appendingPathComponent("out-network.txt").path
        try Data("old map".utf8).write(to: URL(fileURLWithPath: map))
        let first = try OutputFile(path: map)
        let second = try OutputFile(path: network)
        try first.write("new map")
        try second.write("new network")
        // The second rename will fail: its destination became a directory meanwhile.
        try FileManager.default.createDirectory(atPath: network, withIntermediateDirectories: false)
        #expect(throws: OutputError.self) { try OutputFile.commit(together: [first, second]) }
        #expect(try String(contentsOfFile: map, encoding: .utf8) == "old map", "the first file's rename was undone")
        #expect(try names(folder) == ["out-map.txt", "out-network.txt"])
        try FileManager.default.removeItem(atPath: network)

        let third = try OutputFile(path: map)
        let fourth = try OutputFile(path: network)
        try third.write("new map")
        try fourth.write("new network")
        try OutputFile.commit(together: [third, fourth])
        #expect(try String(contentsOfFile: map, encoding: .utf8) == "new map")
        #expect(try String(contentsOfFile: network, encoding: .utf8) == "new network")
        #expect(try names(folder) == ["out-map.txt", "out-network.txt"])
    }

    @Test(
        "atomic (the default) and synced outputs both replace the file through a temporary and a rename",
        arguments: [
            OutputFile.Durability.atomic, .synced,
        ])
    func durabilities(durability: OutputFile.Durability) throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("out.txt").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        let before = inode(path)
        let file = try OutputFile(path: path, durability: durability)
        #expect(file.durability == durability)
        try file.write("new")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old", "nothing shows before the commit")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(inode(path) != before, "renamed over the path, not written in place")
        #expect(try names(folder) == ["out.txt"])
        // Together, with one file of each kind: both appear, nothing else is left.
        let other = folder.appendingPathComponent("other.txt").path
        let first = try OutputFile(path: path, durability: durability)
        let second = try OutputFile(path: other)
        try first.write("newer")
        try second.write("other")
        try OutputFile.commit(together: [first, second])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "newer")
        #expect(try String(contentsOfFile: other, encoding: .utf8) == "other")
        #expect(try names(folder) == ["other.txt", "out.txt"])
        #expect(try OutputFile(path: other).durability == .atomic, "the default")
    }

    @Test("large streamed outputs arrive byte for byte")
    func streamed() throws {
        let folder = try temporaryDirectory()
        let path = folder.appendingPathComponent("big.bin").path
        var expected = [UInt8]()
        try OutputFile.write(to: path) { file in
            for index in 0..<5000 {
                let chunk = [UInt8](repeating: UInt8(index % 251), count: index % 300)
                expected += chunk
                try file.write(chunk)
            }
            let large = [UInt8](repeating: 7, count: 200_000)
            expected += large
            try file.write(large)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    }
}

final class ReceivedBytes: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}
