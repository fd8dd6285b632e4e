using System.Text;

namespace LocationBoards.Data.Seeding;

/// <summary>
/// A small CSV reader for seed files: a header row naming the columns, then rows; fields may be quoted
/// ("a, b" and "say ""hi""") and a quoted field may span lines; blank lines and lines starting with # are skipped.
/// Every row keeps the line it starts on, so errors can point at it.
/// </summary>
internal static class SeedCsvReader
{
    public static IReadOnlyList<SeedCsvRow> Read(string folder, string file, IReadOnlyCollection<string> required, IReadOnlyCollection<string>? optional = null)
    {
        var text = SeedFiles.ReadText(folder, file);
        var records = Records(file, text).ToList();
        if (records.Count == 0)
        {
            throw SeedDataException.InFile(file, $"the file is empty; it needs a header row ({string.Join(",", required)})");
        }

        var (headerLine, header) = records[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!required.Contains(name) && optional?.Contains(name) != true)
            {
                throw SeedDataException.AtLine(file, headerLine, name, $"is not a column of this file (expected {string.Join(",", required.Concat(optional ?? []))})");
            }

            if (!columns.TryAdd(name, i))
            {
                throw SeedDataException.AtLine(file, headerLine, name, "appears twice in the header");
            }
        }

        var missing = required.FirstOrDefault(c => !columns.ContainsKey(c));
        if (missing is not null)
        {
            throw SeedDataException.AtLine(file, headerLine, missing, "is missing from the header");
        }

        return [.. records.Skip(1).Select(r => r.Fields.Count == header.Count
            ? new SeedCsvRow(file, r.Line, columns, r.Fields)
            : throw SeedDataException.AtLine(file, r.Line, null, $"has {r.Fields.Count} fields where the header has {header.Count}"))];
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(string file, string text)
    {
        var line = 1;
        var position = 0;
        while (position < text.Length)
        {
            var start = line;
            if (text[position] is '\n' or '\r' || text[position] == '#')
            {
                while (position < text.Length && text[position] != '\n')
                {
                    position++;
                }

                position++;
                line++;
                continue;
            }

            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            var wasQuoted = false;
            for (; position < text.Length; position++)
            {
                var c = text[position];
                if (quoted)
                {
                    if (c == '"' && position + 1 < text.Length && text[position + 1] == '"')
                    {
                        field.Append('"');
                        position++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        line += c == '\n' ? 1 : 0;
                        field.Append(c);
                    }
                }
                else if (c == '"' && field.Length == 0 && !wasQuoted)
                {
                    quoted = wasQuoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                }
                else if (c == '\n')
                {
                    break;
                }
                else if (c != '\r')
                {
                    if (wasQuoted && !char.IsWhiteSpace(c))
                    {
                        throw SeedDataException.AtLine(file, line, null, "has text after a closing quote; write a quote inside a quoted field as \"\"");
                    }

                    field.Append(c);
                }
            }

            if (quoted)
            {
                throw SeedDataException.AtLine(file, start, null, "has a quoted field that is never closed");
            }

            fields.Add(field.ToString());
            position++;
            line++;
            yield return (start, fields);
        }
    }
}
