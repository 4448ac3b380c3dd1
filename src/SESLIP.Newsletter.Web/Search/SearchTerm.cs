namespace SESLIP.Newsletter.Web.Search;

/// <summary>One thing a reader asked for: a word (one token), or a phrase (several tokens in order). Tokens are
/// runs of letters and digits only, so no engine operator or quote can ever be carried inside one.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Tokens, bool IsPrefix, bool IsExcluded)
{
    public bool IsPhrase => Tokens.Count > 1;

    /// <summary>The term as a reader would write it back, e.g. <c>"disguised compliance"</c> or <c>foster*</c>.</summary>
    public string Display =>
        (IsExcluded ? "-" : "") + (IsPhrase ? "\"" + string.Join(' ', Tokens) + "\"" : Tokens[0]) + (IsPrefix ? "*" : "");
}
