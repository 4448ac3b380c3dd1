using System.Globalization;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Configurations;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Editing;
using SESLIP.Newsletter.Web.Infrastructure;

namespace SESLIP.Newsletter.Web.Email;

/// <summary>A row of an import file that was not added, and why, in words the person who made the file can act on.</summary>
public sealed record RefusedRow(int Line, string Reason);

public sealed record ImportResult(int Imported, IReadOnlyList<RefusedRow> Refused, string? Problem = null);

/// <summary>Brings in the programme's existing list from CSV: address, name, consent date. Only rows with a
/// consent date are taken, and they become Confirmed (the programme already holds their consent); an address
/// that unsubscribed is never brought back this way.</summary>
public sealed class SubscriberImport(NewsletterDbContext db, EditorialChanges changes, TimeProvider time)
{
    private static readonly string[] HeaderNames = ["address", "email", "e-mail", "email address", "e-mail address"];

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss",
        "d/M/yyyy", "d/M/yyyy HH:mm", "d/M/yyyy HH:mm:ss",
    ];

    public async Task<ImportResult> ImportAsync(TextReader reader, string fileName, string userName, CancellationToken cancellationToken = default)
    {
        fileName = Path.GetFileName(fileName.Trim());
        var now = time.GetUtcNow().UtcDateTime;
        var source = $"imported from {fileName} on {Dates.DayMonthYear(LondonClock.DateOf(now))}";
        if (source.Length > Limits.Name)
        {
            source = source[..Limits.Name];
        }

        List<CsvRecord> records;
        try
        {
            records = [.. Csv.Read(reader)];
        }
        catch (FormatException malformed)
        {
            return new ImportResult(0, [], malformed.Message + " Nothing was imported.");
        }

        var refused = new List<RefusedRow>();
        var candidates = new List<(int Line, Subscriber Subscriber, string Hash)>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var cells = record.Fields.Select(f => f.Trim()).ToList();
            if (record == records[0] && HeaderNames.Contains(cells[0].ToLowerInvariant()))
            {
                continue;
            }

            var address = cells[0];
            var name = cells.Count > 1 && cells[1].Length > 0 ? cells[1] : null;
            var consent = cells.Count > 2 ? cells[2] : "";
            string? reason = null;
            DateTime consentUtc = default;
            if (!EmailAddresses.IsValid(address))
            {
                reason = address.Length == 0 ? "The address is missing." : $"“{Shorten(address)}” is not an e-mail address.";
            }
            else if (name is { Length: > Limits.Name })
            {
                reason = $"The name is longer than {Limits.Name} characters.";
            }
            else if (consent.Length == 0)
            {
                reason = "There is no consent date: only people who agreed to receive the Update can be added.";
            }
            else if (!TryParseConsent(consent, out consentUtc))
            {
                reason = $"“{Shorten(consent)}” is not a date. Write it as 2024-03-31 or 31/03/2024.";
            }
            else if (consentUtc > now)
            {
                reason = "The consent date is in the future.";
            }
            else if (seen.TryGetValue(EmailAddresses.Normalise(address), out var first))
            {
                reason = $"The address is already on line {first} of the file.";
            }

            if (reason is not null)
            {
                refused.Add(new RefusedRow(record.Line, reason));
                continue;
            }

            var email = EmailAddresses.Normalise(address);
            seen[email] = record.Line;
            candidates.Add((record.Line, new Subscriber
            {
                Email = email,
                Name = name,
                Status = SubscriberStatus.Confirmed,
                ConsentAtUtc = consentUtc,
                ConsentSource = source,
                CreatedAtUtc = now,
                ConfirmedAtUtc = now,
            }, EmailAddresses.Hash(email)));
        }

        var emails = candidates.Select(c => c.Subscriber.Email).ToList();
        var hashes = candidates.Select(c => c.Hash).ToList();
        var existing = (await db.Subscribers.AsNoTracking().Where(s => emails.Contains(s.Email)).Select(s => s.Email).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var suppressed = (await db.SuppressedAddresses.AsNoTracking().Where(a => hashes.Contains(a.EmailHash)).Select(a => a.EmailHash).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var (line, subscriber, hash) in candidates)
        {
            if (suppressed.Contains(hash))
            {
                refused.Add(new RefusedRow(line, "This address unsubscribed or was removed. Only its owner can subscribe it again, with the form."));
            }
            else if (existing.Contains(subscriber.Email))
            {
                refused.Add(new RefusedRow(line, "The address is already on the list."));
            }
            else
            {
                db.Subscribers.Add(subscriber);
                added++;
            }
        }

        refused.Sort((a, b) => a.Line.CompareTo(b.Line));
        if (added == 0)
        {
            return new ImportResult(0, refused);
        }

        var outcome = await changes.SaveAsync(ChangeNote.Of("Import", nameof(Subscriber), null,
            $"Imported {added} subscriber{(added == 1 ? "" : "s")} from {fileName}; {refused.Count} row{(refused.Count == 1 ? "" : "s")} refused"),
            userName, cancellationToken);
        return outcome == SaveOutcome.Saved
            ? new ImportResult(added, refused)
            : new ImportResult(0, refused, "Someone added one of these addresses while the file was being read. Nothing was imported; import the file again.");
    }

    private static bool TryParseConsent(string text, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = LondonClock.ToUtcShiftingGap(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
        return true;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";
}
