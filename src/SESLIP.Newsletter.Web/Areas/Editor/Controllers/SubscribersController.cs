using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Areas.Editor.Models;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Domain;
using SESLIP.Newsletter.Web.Email;
using SESLIP.Newsletter.Web.Infrastructure;
using SESLIP.Newsletter.Web.Security;

namespace SESLIP.Newsletter.Web.Areas.Editor.Controllers;

/// <summary>Admins look after the e-mail list: counts, search, removal, CSV export, and importing the
/// programme's existing list. Addresses are personal data, so Editors do not see this page.</summary>
[Authorize(Policy = Policies.Admin)]
[Route("editor/subscribers")]
public sealed class SubscribersController(
    NewsletterDbContext db,
    SubscriptionService subscriptions,
    SubscriberImport import,
    TimeProvider time) : EditorController
{
    private const int PageSize = 50;

    /// <summary>Large enough for any real list (tens of thousands of rows), small enough to read in memory.</summary>
    private const long MaxImportBytes = 5 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var counts = await db.Subscribers.AsNoTracking().GroupBy(s => s.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var query = db.Subscribers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            var lower = term.ToLowerInvariant();
            query = query.Where(s => s.Email.Contains(lower) || (s.Name != null && s.Name.Contains(term)));
        }

        var rows = await query.OrderBy(s => s.Email).Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(s => new SubscriberRow(s.Id, s.Email, s.Name, s.Status, s.ConsentAtUtc, s.ConsentSource))
            .ToListAsync(cancellationToken);
        return View(new SubscribersPageModel
        {
            Pending = counts.FirstOrDefault(c => c.Status == SubscriberStatus.Pending)?.Count ?? 0,
            Confirmed = counts.FirstOrDefault(c => c.Status == SubscriberStatus.Confirmed)?.Count ?? 0,
            Suppressed = await db.SuppressedAddresses.CountAsync(cancellationToken),
            Query = q,
            Page = page,
            HasMore = rows.Count > PageSize,
            Rows = [.. rows.Take(PageSize)],
        });
    }

    /// <summary>Removing also suppresses the address, so a later import cannot quietly bring it back.</summary>
    [HttpPost("{id:int}/remove")]
    public async Task<IActionResult> Remove(int id, string? q, CancellationToken cancellationToken)
    {
        var removed = await subscriptions.RemoveAsync(id, "removed by an Admin", Actor, cancellationToken);
        Status(removed ? "The subscriber was removed and their address suppressed." : "That subscriber had already gone.");
        return RedirectToAction(nameof(Index), new { q });
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(CancellationToken cancellationToken)
    {
        var writer = new StringWriter();
        Csv.WriteRecord(writer, "address", "name", "status", "consent date", "consent source", "confirmed");
        await foreach (var s in db.Subscribers.AsNoTracking().OrderBy(s => s.Email).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            Csv.WriteRecord(writer, s.Email, s.Name, s.Status.ToString(), Stamp(s.ConsentAtUtc), s.ConsentSource,
                s.ConfirmedAtUtc is { } confirmed ? Stamp(confirmed) : "");
        }

        // The byte-order mark lets spreadsheet programs read the names as UTF-8.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"subscribers-{Dates.Iso(LondonClock.Today(time))}.csv");
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new SubscriberImportModel());

    [HttpPost("import")]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file to import.");
            return View(new SubscriberImportModel());
        }

        if (file.Length > MaxImportBytes)
        {
            ModelState.AddModelError("file", "The file is larger than 5 MB. Split it into smaller files and import each.");
            return View(new SubscriberImportModel());
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var result = await import.ImportAsync(reader, file.FileName, Actor, cancellationToken);
        if (result.Problem is not null)
        {
            ModelState.AddModelError("file", result.Problem);
        }

        return View(new SubscriberImportModel { FileName = Path.GetFileName(file.FileName), Result = result });
    }

    private static string Stamp(DateTime utc) =>
        LondonClock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
