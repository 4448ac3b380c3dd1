using System.Text;
using SESLIP.Newsletter.Web.Domain;

namespace SESLIP.Newsletter.Web.Redirects;

/// <summary>Reads a redirect file: two columns, old address and new path, comma-separated, fields optionally in
/// double quotes, an optional header line. Every row is checked with the same rules as the editor's form, and
/// each bad row is reported with its line number and reason.</summary>
public static class RedirectCsv
{
    public sealed record Row(int Line, string OldPath, string NewPath);

    public sealed record Result(IReadOnlyList<Row> Rows, IReadOnlyList<string> Problems);

    public static Result Read(TextReader reader)
    {
        var rows = new List<Row>();
        var problems = new List<string>();
        var seen = new Dictionary<string, Row>(StringComparer.Ordinal);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = Split(line);
            if (fields is null)
            {
                problems.Add($"line {number}: a quoted field is not closed.");
                continue;
            }

            if (number == 1 && IsHeader(fields))
            {
                continue;
            }

            if (fields.Count != 2)
            {
                problems.Add($"line {number}: expected two columns (old address, new path), found {fields.Count}.");
                continue;
            }

            var oldProblem = Redirect.TryNormaliseOldPath(fields[0], out var key);
            var newProblem = Redirect.CheckNewPath(fields[1], out var target);
            if (oldProblem is not null || newProblem is not null)
            {
                problems.Add($"line {number}: {string.Join(" ", new[] { oldProblem, newProblem }.OfType<string>())}");
                continue;
            }

            if (seen.TryGetValue(key, out var earlier))
            {
                if (earlier.NewPath != target)
                {
                    problems.Add($"line {number}: the old address {key} is already on line {earlier.Line} with another new path ({earlier.NewPath}).");
                }

                continue;
            }

            var row = new Row(number, key, target);
            seen.Add(key, row);
            rows.Add(row);
        }

        return new Result(rows, problems);
    }

    // A header names the columns; a data row's first field is always an address.
    private static bool IsHeader(List<string> fields) =>
        fields.Count > 0 && !fields[0].TrimStart().StartsWith('/') && !fields[0].Contains("://", StringComparison.Ordinal);

    private static List<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.ToString().Trim().Length == 0)
            {
                field.Clear();
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            return null;
        }

        fields.Add(field.ToString());
        return fields;
    }
}
