/// Learns migration dialogues that the curated list lacks from their names in the text: "the Lomé Process", "le
/// Processus de Lomé". A dialogue learned so is the frame of its meetings, never a participant, a host or a place,
/// and the dialogue a chairmanship belongs to.
enum DialogueLearner {
    /// Capitalised words before "Process" that name a kind of process, not a place: "the Peace Process", "the
    /// Regional Consultative Process".
    static let notNames: Set<String> = [
        "peace", "political", "regional", "consultative", "consultation", "consultations", "global", "joint", "intergovernmental", "policy",
        "accession", "election", "electoral", "reform", "review", "selection", "recruitment", "application", "asylum", "integration", "national",
        "transition", "dialogue", "partnership", "the", "this", "that", "a", "an", "whole", "entire", "our", "their", "its",
    ]

    /// The dialogues named in a sentence: one capitalised word before "Process" ("the Lomé Process") or after
    /// "Processus de" ("le Processus de Lomé"), that no known actor covers already. The word must be a known place
    /// or, when it is not, stand inside the sentence (a sentence's first word is capitalised whatever it is).
    /// - Returns: each dialogue's id (the word folded to capitals, as the curated ids are: RABAT, KHARTOUM) and the
    ///   names to learn.
    /// - Complexity: O(n) for n tokens, plus a gazetteer lookup per candidate.
    static func dialogues(in tokens: [Token], gazetteer: Gazetteer) -> [(id: String, word: String, names: [String])] {
        var found: [(id: String, word: String, names: [String])] = []
        let mentions = gazetteer.mentions(in: tokens)
        for index in tokens.indices where tokens[index].key == "process" || tokens[index].key == "processus" {
            guard tokens[index].isCapitalized else { continue }
            let wordIndex: Int
            if tokens[index].key == "process" {
                wordIndex = index - 1
            } else {
                guard index + 2 < tokens.count, ["de", "d'"].contains(tokens[index + 1].key) else { continue }
                wordIndex = index + 2
            }
            guard wordIndex >= 0, wordIndex < tokens.count else { continue }
            let word = tokens[wordIndex]
            guard word.kind == .word, word.isCapitalized, !word.isAcronym || word.text.count > 4, !notNames.contains(word.key), word.text.count >= 3
            else { continue }
            // A known actor already covers the words: "the Rabat Process", "the Khartoum Process".
            let phrase = min(wordIndex, index)...max(wordIndex, index)
            if mentions.contains(where: { $0.actorID != nil && $0.range.overlaps(phrase) }) { continue }
            let isPlace = mentions.contains { $0.range == wordIndex..<wordIndex + 1 }
            guard isPlace || wordIndex > 0 else { continue }
            let letters = Tokenizer.fold(word.text).uppercased().filter { $0.isLetter }
            guard letters.count >= 3 else { continue }
            var id = String(letters)
            if let known = gazetteer.actors[id], known.kind != "dialogue" { id += "PROCESS" }
            let elision = word.key.first.map { "aeiouh".contains($0) } ?? false
            found.append((id, word.text, ["\(word.text) Process", elision ? "Processus d'\(word.text)" : "Processus de \(word.text)"]))
        }
        return found
    }

    /// Adds the dialogues a sentence names to the gazetteer; returns those that were not known. The names of a known
    /// dialogue named another way ("le Processus de Niamey") become its aliases.
    static func learn(from sentence: String, into gazetteer: inout Gazetteer) -> [(id: String, name: String)] {
        var learned: [(id: String, name: String)] = []
        for dialogue in dialogues(in: Tokenizer.tokens(sentence), gazetteer: gazetteer) {
            guard let known = gazetteer.actors[dialogue.id] else {
                gazetteer.add(KnownActor(id: dialogue.id, name: dialogue.names[0], kind: "dialogue", aliases: dialogue.names))
                learned.append((dialogue.id, dialogue.names[0]))
                continue
            }
            // "le Processus de Niamey" for the known Niamey Dialogue: the names join the known dialogue's (nothing is learned).
            if known.kind == "dialogue", dialogue.names.contains(where: { $0 != known.name && !known.aliases.contains($0) }) {
                gazetteer.add(KnownActor(id: known.id, name: known.name, kind: known.kind, aliases: dialogue.names))
            }
        }
        return learned
    }
}
