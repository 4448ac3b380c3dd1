using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SESLIP.Newsletter.Web.Data;
using SESLIP.Newsletter.Web.Data.Migrations;
using SESLIP.Newsletter.Web.Import;
using SESLIP.Newsletter.Web.Search;

namespace SESLIP.Newsletter.Benchmarks;

/// <summary>Full-text search against a LIKE scan on a generated archive (docs/performance.md). Not a
/// BenchmarkDotNet class: it reports medians and 95th percentiles over many queries, the time to build the
/// index from scratch and the file size with and without it, which BenchmarkDotNet does not measure.
/// <code>dotnet run -c Release --project tests/SESLIP.Newsletter.Benchmarks -- search [updates] [items per update] [--keep file]</code></summary>
public static class SearchBenchmark
{
    private const int Runs = 50;
    private const int ScanRuns = 5;
    private const string RareWord = "quillwort";

    public static async Task RunAsync(string[] args)
    {
        var numbers = args.Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var updates = numbers.Count > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 10_000;
        var itemsPerUpdate = numbers.Count > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 20;
        // --keep <file>: generate into that file and keep it, or reuse it if it exists, so the queries can be
        // measured again without generating and indexing the archive again.
        var keepAt = Array.IndexOf(args, "--keep");
        var kept = keepAt >= 0 && keepAt + 1 < args.Length ? Path.GetFullPath(args[keepAt + 1]) : null;
        var path = kept ?? Path.Combine(Path.GetTempPath(), $"seslip-search-bench-{Guid.NewGuid():n}.db");
        var reuse = kept is not null && File.Exists(kept);
        try
        {
            var options = new DbContextOptionsBuilder<SqliteNewsletterDbContext>().UseSqlite($"Data Source={path}").Options;
            await using var db = new SqliteNewsletterDbContext(options);
            var connection = (SqliteConnection)db.Database.GetDbConnection();
            var vocabulary = Vocabulary();
            if (reuse)
            {
                await connection.OpenAsync();
                Console.WriteLine($"Reusing the archive in {path} ({new FileInfo(path).Length / 1048576.0:N0} MB); build time and sizes are not measured.");
            }
            else
            {
                await db.Database.MigrateAsync();
                await connection.OpenAsync();
                await BuildAsync(connection, path, updates, itemsPerUpdate, vocabulary);
            }

            var engine = new SqliteSearchEngine(db);
            var queries = new (string Label, string Query, string[] Like)[]
            {
                ("one word", "safeguarding", ["safeguarding"]),
                ("two words", "foster carers", ["foster", "carers"]),
                ("a phrase", "\"young people\"", ["young people"]),
                ("a prefix", "educat*", ["educat"]),
                ("a rare word", RareWord, [RareWord]),
                ("a common word", vocabulary[0], [vocabulary[0]]),
            };

            // Elapsed time and the process's CPU time per query: on a shared machine the CPU time is what the
            // query itself cost, and what it would take on an idle one; the elapsed time includes waiting for a core.
            Console.WriteLine();
            Console.WriteLine("| query | results | FTS5 median | FTS5 p95 | FTS5 CPU median | FTS5 CPU p95 | LIKE median | LIKE CPU median | speed-up (median, CPU) |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (label, text, like) in queries)
            {
                var request = new SearchRequest(SearchQuery.Parse(text), null, null, NewestFirst: false, Skip: 0, Take: 20);
                var found = (await engine.SearchAsync(request, default)).TotalCount;
                for (var i = 0; i < 5; i++)
                {
                    await engine.SearchAsync(request, default);
                }

                var (fts, ftsCpu) = await MeasureAsync(Runs, () => engine.SearchAsync(request, default));
                await ScanAsync(connection, like);
                var (scan, scanCpu) = await MeasureAsync(ScanRuns, () => ScanAsync(connection, like));

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {label} (`{text}`) | {found:N0} | {Median(fts):N1} ms | {Percentile(fts, 0.95):N1} ms | {Median(ftsCpu):N1} ms | {Percentile(ftsCpu, 0.95):N1} ms | {Median(scan):N0} ms | {Median(scanCpu):N0} ms | {Median(scan) / Median(fts):N0}×, {Median(scanCpu) / Median(ftsCpu):N0}× |"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (kept is null)
            {
                File.Delete(path);
            }
        }
    }

    private static async Task BuildAsync(SqliteConnection connection, string path, int updates, int itemsPerUpdate, List<string> vocabulary)
    {
        Console.WriteLine($"Generating {updates:N0} updates × {itemsPerUpdate} items from a {vocabulary.Count:N0}-word vocabulary…");
        var clock = Stopwatch.StartNew();
        // The bulk load skips the triggers (dropped, as in a fresh import before the index exists); the index
        // is then built from scratch exactly as the migration builds it.
        await ExecAsync(connection, "DELETE FROM SearchDocuments;");
        foreach (var table in new[] { "UpdateItems", "Updates" })
        {
            foreach (var suffix in new[] { "ai", "au", "ad" })
            {
                await ExecAsync(connection, $"DROP TRIGGER Search_{table}_{suffix};");
            }
        }

        // A throwaway file: no journal and no fsync while loading, so a large archive loads in seconds.
        await ExecAsync(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Generate(connection, updates, itemsPerUpdate, vocabulary);
        Console.WriteLine($"Generated in {clock.Elapsed.TotalSeconds:N1} s");
        await ExecAsync(connection, "VACUUM;");
        var without = new FileInfo(path).Length;

        clock.Restart();
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            foreach (var statement in SearchSql.SqliteFill())
            {
                await ExecAsync(connection, statement, transaction);
            }

            await ExecAsync(connection, $"INSERT INTO {SearchSql.Fts}({SearchSql.Fts}) VALUES ('optimize');", transaction);
            await transaction.CommitAsync();
        }

        var build = clock.Elapsed;
        await ExecAsync(connection, "VACUUM; ANALYZE;");
        var with = new FileInfo(path).Length;
        Console.WriteLine();
        Console.WriteLine($"Index built from scratch in {build.TotalSeconds:N1} s");
        Console.WriteLine($"Database size: {without / 1048576.0:N0} MB without the index, {with / 1048576.0:N0} MB with it");
    }

    // The words of the two seed issues, most frequent first, so generated text has their mix of common and
    // rare words.
    private static List<string> Vocabulary() =>
        DemoContent.Names.SelectMany(n => SearchQuery.Tokenize(DemoContent.Read(n)))
            .Where(w => w.Length > 1 && !w.All(char.IsDigit))
            .GroupBy(w => w)
            .OrderByDescending(g => g.Count())
            .Select(g => g.Key)
            .ToList();

    private static void Generate(SqliteConnection connection, int updates, int itemsPerUpdate, List<string> vocabulary)
    {
        var random = new Random(654);
        string Words(int count)
        {
            var words = new string[count];
            for (var i = 0; i < count; i++)
            {
                // Skewed towards the front of the list: common words are common, rare words rare.
                var r = random.NextDouble();
                words[i] = vocabulary[(int)(vocabulary.Count * r * r * r)];
            }

            return string.Join(' ', words);
        }

        using var transaction = connection.BeginTransaction();
        using var update = connection.CreateCommand();
        update.Transaction = (SqliteTransaction)transaction;
        update.CommandText = """
            INSERT INTO Updates (Id, Number, IssueDate, Intro, Layout, Status, PublishedAtUtc, CreatedAtUtc, UpdatedAtUtc, Version)
            VALUES ($id, $id, $date, $intro, 1, 2, $at, $at, $at, 0)
            """;
        var updateId = update.Parameters.Add("$id", SqliteType.Integer);
        var date = update.Parameters.Add("$date", SqliteType.Text);
        var intro = update.Parameters.Add("$intro", SqliteType.Text);
        var at = update.Parameters.Add("$at", SqliteType.Text);

        using var item = connection.CreateCommand();
        item.Transaction = (SqliteTransaction)transaction;
        item.CommandText = """
            INSERT INTO UpdateItems (UpdateId, Section, Position, Title, Anchor, Body, Headlines, ActionRequired, Version)
            VALUES ($update, 0, $position, $title, $anchor, $body, $headlines, '', 0)
            """;
        var itemUpdate = item.Parameters.Add("$update", SqliteType.Integer);
        var position = item.Parameters.Add("$position", SqliteType.Integer);
        var title = item.Parameters.Add("$title", SqliteType.Text);
        var anchor = item.Parameters.Add("$anchor", SqliteType.Text);
        var body = item.Parameters.Add("$body", SqliteType.Text);
        var headlines = item.Parameters.Add("$headlines", SqliteType.Text);

        var start = new DateOnly(2000, 1, 7);
        for (var u = 1; u <= updates; u++)
        {
            var issue = start.AddDays(7 * (u - 1));
            updateId.Value = u;
            date.Value = issue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            intro.Value = Words(40);
            at.Value = issue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 09:00:00";
            update.ExecuteNonQuery();
            for (var i = 1; i <= itemsPerUpdate; i++)
            {
                itemUpdate.Value = u;
                position.Value = i;
                title.Value = Words(8);
                anchor.Value = "item-" + i.ToString(CultureInfo.InvariantCulture);
                // A rare word: in about one item in ten thousand.
                body.Value = Words(120) + (random.Next(10_000) == 0 ? " " + RareWord : "");
                headlines.Value = Words(30);
                item.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    // The page's two questions (how many, and the first 20 newest) answered by scanning every item with LIKE.
    private static async Task ScanAsync(SqliteConnection connection, string[] words)
    {
        var condition = string.Join(" AND ", words.Select((_, i) =>
            $"(i.Title LIKE $w{i} OR i.Body LIKE $w{i} OR i.Headlines LIKE $w{i} OR i.ActionRequired LIKE $w{i})"));
        foreach (var sql in new[]
        {
            $"SELECT count(*) FROM UpdateItems i JOIN Updates u ON u.Id = i.UpdateId WHERE u.Status = 2 AND {condition}",
            $"SELECT i.Id, i.Title FROM UpdateItems i JOIN Updates u ON u.Id = i.UpdateId WHERE u.Status = 2 AND {condition} ORDER BY u.IssueDate DESC LIMIT 20",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 0; i < words.Length; i++)
            {
                command.Parameters.AddWithValue($"$w{i}", "%" + words[i] + "%");
            }

            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
            }
        }
    }

    private static async Task ExecAsync(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<(List<double> Elapsed, List<double> Cpu)> MeasureAsync(int runs, Func<Task> run)
    {
        var elapsed = new List<double>(runs);
        var cpu = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var before = Environment.CpuUsage.TotalTime;
            var watch = Stopwatch.StartNew();
            await run();
            elapsed.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((Environment.CpuUsage.TotalTime - before).TotalMilliseconds);
        }

        return (elapsed, cpu);
    }

    private static double Median(List<double> values) => Percentile(values, 0.5);

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
