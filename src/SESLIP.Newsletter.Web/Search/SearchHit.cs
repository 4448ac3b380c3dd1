namespace SESLIP.Newsletter.Web.Search;

/// <summary>One matching document. <see cref="TitleMarked"/> and <see cref="SnippetMarked"/> are stored plain text
/// with the matched words between <see cref="SnippetHtml.Start"/> and <see cref="SnippetHtml.End"/>; they become
/// HTML only through <see cref="SnippetHtml.Render"/>.</summary>
public sealed record SearchHit(
    SearchKind Kind,
    int SourceId,
    string Slug,
    int? UpdateNumber,
    DateOnly? IssueDate,
    string TitleMarked,
    string SnippetMarked);
