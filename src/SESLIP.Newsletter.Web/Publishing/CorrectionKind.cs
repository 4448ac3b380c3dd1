namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>GOV.UK's distinction: a minor correction (a typo, a link address) changes nothing a reader relies on and
/// is recorded in the audit trail only; a major one changes what the update says, so readers see its note.</summary>
public enum CorrectionKind
{
    Major = 0,
    Minor = 1,
}
