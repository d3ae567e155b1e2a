import FuzzSupport

// SwiftPM makes this file's code the program's main; libFuzzer's own main is never linked.
FuzzSupport.runFuzzer(fuzzNodeLink)
