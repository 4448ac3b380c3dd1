using SESLIP.Newsletter.Web.Publishing;

namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>What the checks before publishing found, for the draft page and the confirmation step.</summary>
/// <param name="LinkProblems">Null while the links are still being checked.</param>
public sealed record PublishChecksModel(bool Empty, IReadOnlyList<PublishWarning> Warnings, IReadOnlyList<PublishWarning>? LinkProblems)
{
    public bool Clear => !Empty && Warnings.Count == 0 && LinkProblems is { Count: 0 };
}
