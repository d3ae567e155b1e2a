/// The package's version: printed by `partnet --version`, named in reports and recorded by the benchmark driver.
public enum PartnerGraphVersion {
    /// The version, as semantic versioning writes it.
    public static let current = "0.1.0"
}
