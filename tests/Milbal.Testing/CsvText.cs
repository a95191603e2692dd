namespace Milbal.Testing;

/// <summary>RFC 4180 records for test assertions (quoted commas, doubled quotes and line breaks; BOM dropped).</summary>
public static class CsvText
{
    public static List<string[]> Records(string text)
    {
        text = text.TrimStart('\uFEFF');
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        void EndRecord()
        {
            fields.Add(field.ToString());
            field.Clear();
            if (fields.Count > 1 || fields[0].Length > 0) records.Add(fields.ToArray());
            fields.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
            }
            else field.Append(c);
        }
        EndRecord();
        return records;
    }

    /// <summary>Records as dictionaries keyed by the header row.</summary>
    public static List<Dictionary<string, string>> Rows(string text)
    {
        var records = Records(text);
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
