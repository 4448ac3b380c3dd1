namespace SESLIP.Newsletter.Web.Publishing;

/// <summary>Something in an update that is probably wrong and that readers would notice: shown to the editor
/// before publishing, never blocking it (the editor may know better).</summary>
/// <param name="Message">What looks wrong, in words the editor can act on.</param>
/// <param name="Where">Where it is: "Introduction", "News item “…” (text)", a meeting line…</param>
public sealed record PublishWarning(string Message, string Where);
