namespace SESLIP.Newsletter.Web.Security;

/// <summary>The two roles of the editor area. Admins manage accounts and read the audit trail;
/// both roles write updates and the directory.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";

    public static IReadOnlyList<string> All { get; } = [Admin, Editor];

    /// <summary>The role's canonical spelling, or null when the name is not a role.</summary>
    public static string? Parse(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

public static class Policies
{
    /// <summary>Anyone who may write updates: Editors and Admins.</summary>
    public const string Editor = "Editor";

    /// <summary>Account management and the audit trail.</summary>
    public const string Admin = "Admin";

    public const string SignInRateLimit = "sign-in";
}
