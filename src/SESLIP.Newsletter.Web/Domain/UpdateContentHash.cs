using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SESLIP.Newsletter.Web.Domain;

/// <summary>A fingerprint of everything an update shows readers (its own fields, items and edition lines), so
/// two moments can be compared without keeping a copy: any edit, correction or reorder changes it.</summary>
public static class UpdateContentHash
{
    public static string Of(Update update)
    {
        var text = new StringBuilder();
        void Field(object? value) => text.Append(Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u001f');

        Field(update.Number);
        Field(update.IssueDate);
        Field(update.Layout);
        Field(update.Status);
        Field(update.Intro);
        foreach (var i in update.Items.OrderBy(i => i.Section).ThenBy(i => i.Position))
        {
            Field("item");
            Field(i.Section);
            Field(i.Title);
            Field(i.Anchor);
            Field(i.Body);
            Field(i.Headlines);
            Field(i.ActionRequired);
            Field(i.RemindUntil);
        }

        foreach (var m in update.Meetings.OrderBy(m => m.Position))
        {
            Field("meeting");
            Field(m.NetworkName);
            Field(m.Details);
            Field(m.ContactText);
            Field(m.ContactName);
        }

        foreach (var p in update.Publications.OrderBy(p => p.Position))
        {
            Field("publication");
            Field(p.Text);
        }

        foreach (var c in update.Contacts.OrderBy(c => c.Position))
        {
            Field("contact");
            Field(c.Roles);
            Field(c.Name);
            Field(c.Organisation);
            Field(c.Email);
            Field(c.Phone);
        }

        Field(update.Corrections.Count);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
