using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>Moving or removing a line of a draft costs the same SQL with 300 meeting lines as with 3: no
/// renumbering of every row.</summary>
public sealed partial class DraftLineScaleTests
{
    [Fact]
    public async Task Moving_and_removing_a_meeting_line_issue_the_same_sql_for_3_lines_as_for_300()
    {
        var counter = new StatementCounter();
        using var factory = new NewsletterFactory { LoadDemoContent = false, ConfigureServices = s => s.AddSingleton<IInterceptor>(counter) };
        using var editor = await factory.SignedInAsync();
        var small = TestUpdates.Create(1, status: UpdateStatus.Draft);
        var large = TestUpdates.Create(2, status: UpdateStatus.Draft);
        for (var i = 3; i <= 300; i++)
        {
            large.Meetings.Add(new EditionMeeting { Position = i, NetworkName = $"Network {i}", Details = "Friday 6 June 10am." });
        }

        small.Meetings.Add(new EditionMeeting { Position = 3, NetworkName = "Network 3", Details = "Friday 6 June 10am." });
        await TestUpdates.AddAsync(factory.CreateDbContext(), small, large);

        var counts = new List<(int Move, int Remove)>();
        foreach (var update in new[] { small, large })
        {
            int[] lines;
            using (var db = factory.CreateDbContext())
            {
                lines = await db.EditionMeetings.Where(m => m.UpdateId == update.Id).OrderBy(m => m.Position).Select(m => m.Id).ToArrayAsync();
            }

            var move = await CountAsync(editor, counter, update.Id, $"form[action='/editor/updates/{update.Id}/lines/meetings/{lines[1]}/move']");
            var remove = await CountAsync(editor, counter, update.Id, $"form[action='/editor/updates/{update.Id}/lines/meetings/{lines[^1]}/remove']");
            counts.Add((move, remove));
        }

        Assert.Equal(counts[0], counts[1]);
    }

    private static async Task<int> CountAsync(EditorClient editor, StatementCounter counter, int updateId, string form)
    {
        var page = await editor.GetPageAsync($"/editor/updates/{updateId}");
        counter.Reset();
        var response = await editor.SubmitAsync(page, form);
        var count = counter.Count;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return count;
    }

    [GeneratedRegex(@"\b(SELECT|UPDATE|INSERT|DELETE)\b")]
    private static partial Regex Statement();

    /// <summary>Counts SQL statements, not commands: EF may batch many UPDATEs into one command.</summary>
    private sealed class StatementCounter : DbCommandInterceptor
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        private void Add(DbCommand command) => Interlocked.Add(ref _count, Math.Max(1, Statement().Count(command.CommandText)));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Add(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Add(command);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Add(command);
            return ValueTask.FromResult(result);
        }
    }
}
