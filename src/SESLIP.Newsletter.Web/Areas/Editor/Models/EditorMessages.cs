namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

/// <summary>The two banners a redirected editor page can carry: what was done (green, "Done") and what was
/// refused or could not be done (red, an alert). A refusal in the green banner reads as success, so each
/// message goes to the one that says what happened.</summary>
public static class EditorMessages
{
    public const string Done = "Status";
    public const string Error = "Error";
}
