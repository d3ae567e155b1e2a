import FuzzSupport

// SwiftPM makes this file's code the program's main, so libFuzzer's own main is never linked. The closure
// (not the @_cdecl function itself, whose C entry point would then be emitted twice) is the driver's callback.
FuzzSupport.runFuzzer { data, count in fuzzAffiliation(data, count) }
