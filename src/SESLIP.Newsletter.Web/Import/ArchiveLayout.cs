namespace SESLIP.Newsletter.Web.Import;

/// <summary>The layouts the published archive has used, 2019–2025 (docs/adr/0003-legacy-import-format.md).
/// The parser chooses one per file from the evidence its lines give and names it in the import report.</summary>
public enum ArchiveLayout
{
    /// <summary>2020–2021: <c>Programme:</c>, <c>Update:</c> and <c>Action Required:</c> labels.</summary>
    A,

    /// <summary>2019–2022: unlabelled titles set off by blank lines, then <c>Action Required:</c>.</summary>
    B,

    /// <summary>2023–mid 2024: items follow the intro with no <c>Updates</c> line.</summary>
    C,

    /// <summary>Mid 2024–2025: <c>Updates</c>, then items with <c>Headlines</c>.</summary>
    D,

    /// <summary>Late 2025: <c>Updates</c>, then items with <c>Details</c>.</summary>
    E,
}
