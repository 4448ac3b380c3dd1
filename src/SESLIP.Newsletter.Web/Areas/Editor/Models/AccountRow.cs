namespace SESLIP.Newsletter.Web.Areas.Editor.Models;

public sealed record AccountRow(string Id, string Email, string Role, bool TwoFactorEnabled, bool RequireTwoFactor, DateTimeOffset? LockedUntil, bool IsYou);
