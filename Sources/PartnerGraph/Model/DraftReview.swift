/// The review threshold of a network drafted from texts (`partnet extract`): a drafted meeting, role or chairmanship
/// whose `confidence` attribute is below ``threshold`` is listed for a person to check, by `partnet extract --review`
/// (the default of `--review-below`) and by the report's "Facts to check".
///
/// A fact's confidence is its rule's precision measured on the development pages (`RuleConfidence` in PartnerExtract).
/// `scripts/extract-calibrate.py` prints, leaving each development dialogue out in turn, the precision of the facts
/// just below the threshold and of those at or above it: the threshold is the lowest confidence from which the facts
/// are right about as often as the 0.9 at which inferred hosts and chairs are drafted. Facts predicted at 0.80 to 0.85
/// measured 0.81 leaving each dialogue out (0.91 for 0.85 to 0.95), so 0.85.
public enum DraftReview {
    /// The confidence below which a drafted fact is listed for review.
    public static let threshold = 0.85
}
