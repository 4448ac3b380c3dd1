using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SESLIP.Newsletter.Tests.Infrastructure;

/// <summary>A long archive added in a few SQL statements, for proving that a page's cost does not grow with it
/// (tests) and measuring how fast pages are at that size (benchmarks). Published updates follow the newest
/// existing one weekly, each with its items (the first names AD Safeguarding, as a network's mentions would) and
/// a line of that network's dates and a Tools &amp; Templates line; publications and past meetings grow alongside.</summary>
public static class GeneratedArchive
{
    public static async Task AddAsync(string databasePath, int updates, int itemsPerUpdate, int publications, int pastMeetings)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=false");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();

        var (lastNumber, lastDate) = await NewestAsync(connection, transaction);
        await ExecAsync(connection, transaction, """
            INSERT INTO Updates (Number, IssueDate, Intro, Layout, Status, PublishedAtUtc, CreatedAtUtc, UpdatedAtUtc, Version)
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $updates)
            SELECT $last + k, date($date, '+' || (7 * k) || ' days'),
                   'If you have any news for update ' || ($last + k) || ', please get in touch.',
                   1, 2, date($date, '+' || (7 * k) || ' days') || ' 09:00:00',
                   date($date, '+' || (7 * k) || ' days') || ' 08:00:00', date($date, '+' || (7 * k) || ' days') || ' 09:00:00', 0
            FROM n;
            """, ("$updates", updates), ("$last", lastNumber), ("$date", lastDate));

        await ExecAsync(connection, transaction, """
            INSERT INTO UpdateItems (UpdateId, Section, Position, Title, Anchor, Body, Headlines, ActionRequired, Version)
            WITH RECURSIVE m(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM m WHERE j < $items)
            SELECT u.Id, 0, m.j, 'Item ' || m.j || ' of update ' || u.Number, 'item-' || m.j,
                   CASE WHEN m.j = 1
                        THEN 'The AD Safeguarding network met to discuss foster carers, school admissions and **young people** leaving care.'
                        ELSE 'Notes on children''s services, workforce planning and data benchmarking for item ' || m.j || '.' END,
                   '- A headline for item ' || m.j, '', 0
            FROM Updates u CROSS JOIN m
            WHERE u.Number > $last;
            """, ("$items", itemsPerUpdate), ("$last", lastNumber));

        await ExecAsync(connection, transaction, """
            INSERT INTO EditionMeetings (UpdateId, Position, NetworkName, Details, ContactText, NetworkId)
            SELECT u.Id, 1, 'AD Safeguarding', 'Friday 6 June 10am in-person Central London.', '',
                   (SELECT Id FROM Networks WHERE Slug = 'ad-safeguarding')
            FROM Updates u WHERE u.Number > $last;
            """, ("$last", lastNumber));

        await ExecAsync(connection, transaction, """
            INSERT INTO Publications (Title, Slug, PublisherText, PublishedOn, Version)
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $publications)
            SELECT 'Generated report ' || k, 'generated-report-' || k, 'Publisher ' || (k % 40),
                   date('2000-01-03', '+' || (k % 9000) || ' days'), 0
            FROM n;
            """, ("$publications", publications));

        // Each update lists one publication in Tools & Templates, as real ones list several.
        await ExecAsync(connection, transaction, """
            INSERT INTO EditionPublications (UpdateId, Position, Text, PublicationId)
            SELECT u.Id, 1, 'On 14 March DfE published Generated report ' || (u.Number - $last),
                   (SELECT Id FROM Publications WHERE Slug = 'generated-report-' || (u.Number - $last))
            FROM Updates u WHERE u.Number > $last;
            """, ("$last", lastNumber));

        await ExecAsync(connection, transaction, """
            INSERT INTO Meetings (NetworkId, Date, Attendance, Place, Note, Uid, Sequence, IsCancelled, UpdatedAtUtc, Version)
            WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $meetings)
            SELECT (SELECT Id FROM Networks WHERE Slug = 'ad-safeguarding'), date('1990-01-05', '+' || k || ' days'), 0, 'Online', '',
                   'generated-' || k || '@friday-update.test', 0, 0, '2025-01-01 00:00:00', 0
            FROM n
            WHERE (SELECT Id FROM Networks WHERE Slug = 'ad-safeguarding') IS NOT NULL;
            """, ("$meetings", pastMeetings));

        await transaction.CommitAsync();
        await ExecAsync(connection, null, "ANALYZE;");
    }

    private static async Task<(int Number, string Date)> NewestAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT Number, IssueDate FROM Updates ORDER BY Number DESC LIMIT 1;";
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync()
            ? (reader.GetInt32(0), reader.GetString(1))
            : (0, new DateOnly(2000, 1, 7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static async Task ExecAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
