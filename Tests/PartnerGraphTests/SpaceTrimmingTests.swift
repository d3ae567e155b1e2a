import Foundation
import Testing

@testable import PartnerGraph

@Suite("Trimming spaces and tabs")
struct SpaceTrimmingTests {
    @Test("gives what Foundation's trimming of .whitespaces gives, over ASCII and other text")
    func sameAsFoundation() {
        let pieces = ["", " ", "\t", "a", "degree", "é", "\u{00A0}", "\u{2003}", "\n", "x y"]
        var checked = 0
        for first in pieces {
            for second in pieces {
                for third in pieces {
                    let text = first + second + third
                    #expect(text.trimmingSpacesAndTabs() == text.trimmingCharacters(in: .whitespaces), "\(Array(text.unicodeScalars))")
                    checked += 1
                }
            }
        }
        #expect(checked == 1000)
        #expect(" betweenness\t".trimmingSpacesAndTabs() == "betweenness")
        #expect("degree, pagerank".split(separator: ",")[1].trimmingSpacesAndTabs() == "pagerank")
    }
}
