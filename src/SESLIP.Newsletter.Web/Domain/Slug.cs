using System.Globalization;
using System.Text;

namespace SESLIP.Newsletter.Web.Domain;

public static class Slug
{
    /// <summary>"AD Safeguarding" → "ad-safeguarding"; "Commissioners’ Network" → "commissioners-network".</summary>
    public static string From(string text, int maxLength = 80)
    {
        var normalised = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(normalised.Length);
        var pendingDash = false;
        foreach (var c in normalised)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingDash && sb.Length > 0)
                {
                    sb.Append('-');
                }

                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }

            if (sb.Length >= maxLength)
            {
                break;
            }
        }

        return sb.Length == 0 ? "item" : sb.ToString().TrimEnd('-');
    }
}
