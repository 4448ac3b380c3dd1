using System.Text;

namespace SESLIP.Newsletter.Web.Infrastructure;

/// <summary>One CSV record and the line of the file it starts on, for messages a person can find in the file.</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>Comma-separated values as RFC 4180 defines them: quoted fields may hold commas, quotes (doubled) and
/// line breaks. Written cells that a spreadsheet would run as a formula are made plain text.</summary>
public static class Csv
{
    /// <summary>The records of <paramref name="reader"/>, skipping blank lines.</summary>
    /// <exception cref="FormatException">A quoted field is never closed; the message names its line.</exception>
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var inQuotes = false;
        var any = false;
        int next;
        while ((next = reader.Read()) != -1)
        {
            var c = (char)next;
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = quoted = any = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    any = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    if (any || field.Length > 0)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(start, fields);
                    }

                    fields = [];
                    field.Clear();
                    quoted = any = false;
                    start = ++line;
                    break;
                default:
                    field.Append(c);
                    any = true;
                    break;
            }
        }

        if (inQuotes)
        {
            throw new FormatException($"Line {start}: a quoted value is never closed. Add the closing quote mark (\").");
        }

        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields);
        }
    }

    /// <summary>One record, each cell quoted when it must be, ending in CRLF.</summary>
    public static void WriteRecord(TextWriter writer, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Cell(cells[i]));
        }

        writer.Write("\r\n");
    }

    /// <summary>A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip first) is
    /// prefixed with an apostrophe so it is shown as text, never run as a formula (OWASP "CSV injection").</summary>
    public static string Cell(string? value)
    {
        value ??= "";
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
