/// The message of the error `body` throws, or nil when it throws none: for tests that compare a refusal's text.
public func refusal(_ body: () throws -> Void) -> String? {
    do {
        try body()
        return nil
    } catch {
        return error.localizedDescription
    }
}
