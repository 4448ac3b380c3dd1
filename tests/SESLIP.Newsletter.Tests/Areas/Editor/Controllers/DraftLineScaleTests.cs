using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using SESLIP.Newsletter.Tests.Infrastructure;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Tests.Areas.Editor.Controllers;

/// <summary>Adding, moving or removing a meeting line of a draft costs the same SQL with 300 lines as with 3:
/// no renumbering or rewriting of every row (the probe measured 10 s per add at 300 lines).</summary>
public sealed class DraftLineScaleTests
{
    [Fact]
    public async Task Adding_moving_and_removing_a_meeting_line_issue_the_same_sql_for_3_lines_as_for_300()
    {
        var counter = new SqlCommandCounter();
        using var factory = new NewsletterFactory { LoadDemoContent = false, ConfigureServices = s => s.AddSingleton<IInterceptor>(counter) };
        factory.Settings["Sending:Enabled"] = "false";
        using var editor = await factory.SignedInAsync();
        var network = new Network { Name = "Scale Network", Slug = "scale-network" };
        var warmUp = Draft(1, 3);
        var small = Draft(2, 3);
        var large = Draft(3, 300);
        using (var db = factory.CreateDbContext())
        {
            db.Networks.Add(network);
            await db.SaveChangesAsync();
        }

        await TestUpdates.AddAsync(factory.CreateDbContext(), warmUp, small, large);

        // Warm up every action (model building, first connection, compiled queries) on a draft not measured.
        await CountAllAsync(factory, editor, counter, warmUp.Id, network.Id);
        var smallCounts = await CountAllAsync(factory, editor, counter, small.Id, network.Id);
        var largeCounts = await CountAllAsync(factory, editor, counter, large.Id, network.Id);

        Assert.Equal(smallCounts, largeCounts);
    }

    private static Update Draft(int number, int lines)
    {
        var update = TestUpdates.Create(number, status: UpdateStatus.Draft);
        update.Meetings.Clear();
        for (var i = 0; i < lines; i++)
        {
            update.Meetings.Add(new EditionMeeting { Position = i, NetworkName = $"Network {i}", Details = "Friday 6 June 10am." });
        }

        return update;
    }

    private static async Task<(int Add, int Move, int Remove)> CountAllAsync(NewsletterFactory factory, EditorClient editor, SqlCommandCounter counter, int updateId, int networkId)
    {
        int[] lines;
        using (var db = factory.CreateDbContext())
        {
            lines = await db.EditionMeetings.Where(m => m.UpdateId == updateId).OrderBy(m => m.Position).Select(m => m.Id).ToArrayAsync();
        }

        var add = await CountAsync(editor, counter, updateId, $"form[action='/editor/updates/{updateId}/lines/meetings/add']",
            new() { ["choice"] = "n" + networkId.ToString(CultureInfo.InvariantCulture) });
        var move = await CountAsync(editor, counter, updateId, $"form[action='/editor/updates/{updateId}/lines/meetings/{lines[1]}/move']");
        var remove = await CountAsync(editor, counter, updateId, $"form[action='/editor/updates/{updateId}/lines/meetings/{lines[^1]}/remove']");
        return (add, move, remove);
    }

    private static async Task<int> CountAsync(EditorClient editor, SqlCommandCounter counter, int updateId, string form, Dictionary<string, string?>? values = null)
    {
        var page = await editor.GetPageAsync($"/editor/updates/{updateId}");
        counter.Reset();
        var response = await editor.SubmitAsync(page, form, values);
        var count = counter.Statements;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return count;
    }
}
