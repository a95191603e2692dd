namespace Milbal.Core.Text;

/// <summary>One line of RFC 4180 CSV, for the few places that read a line at a time (reference tables, file preambles).</summary>
public static class CsvLine
{
    /// <summary>Splits a line: quoted fields may hold commas and doubled quotes (not line breaks).</summary>
    public static string[] Split(ReadOnlySpan<char> line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
