using System.Data;
using DuckDB.NET.Data;
using Milbal.Core.Tables;

namespace Milbal.Data.Store;

/// <summary>
/// Runs one user query against the store with no way to change it or reach outside it: the store must be open
/// read-only, external access (files, ATTACH, COPY TO, extensions) is switched off and the setting locked.
/// </summary>
public static class ReadOnlySql
{
    private static readonly string[] AllowedFirstWords = ["SELECT", "WITH", "FROM", "VALUES", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN", "TABLE", "("];

    public static ResultTable Run(MilbalStore store, string sql, int maxRows = 100_000)
    {
        if (!store.IsReadOnly) throw new StoreException("SQL runs only on a store opened read-only");
        var statement = CheckSingleQuery(sql);
        var connection = store.Connection;
        using (var setup = connection.CreateCommand())
        {
            setup.CommandText = "SET enable_external_access = false; SET lock_configuration = true;";
            setup.ExecuteNonQuery();
        }
        try
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = statement;
            using var reader = cmd.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(i => new ResultColumn(reader.GetName(i))).ToArray();
            var rows = new List<object?[]>();
            var truncated = false;
            while (reader.Read())
            {
                if (rows.Count == maxRows) { truncated = true; break; }
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                rows.Add(row);
            }
            var notes = truncated ? new[] { $"only the first {maxRows:N0} rows are shown" } : [];
            return new ResultTable("SQL", columns, rows, [], notes);
        }
        catch (DuckDBException e)
        {
            throw new StoreException($"the query failed: {FirstLine(e.Message)}", e);
        }
    }

    /// <summary>Accepts one read statement; refuses a second statement and anything that is not a query.</summary>
    internal static string CheckSingleQuery(string sql)
    {
        var text = sql.Trim();
        var end = StatementEnd(text);
        if (end < text.Length)
        {
            var rest = text[(end + 1)..].Trim();
            if (rest.Length > 0) throw new StoreException("only one statement is allowed");
            text = text[..end].Trim();
        }
        if (text.Length == 0) throw new StoreException("the query is empty");
        var firstWord = new string(text.TakeWhile(c => char.IsLetter(c) || c == '(').ToArray()).ToUpperInvariant();
        if (firstWord.StartsWith('(')) firstWord = "(";
        if (!AllowedFirstWords.Contains(firstWord))
            throw new StoreException($"only read queries are allowed (SELECT, WITH, FROM, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN); '{firstWord}' is not");
        return text;
    }

    /// <summary>Index of the first ';' outside quotes and comments, or the length.</summary>
    private static int StatementEnd(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '"')
            {
                var close = text.IndexOf(c, i + 1);
                while (close >= 0 && close + 1 < text.Length && text[close + 1] == c) close = text.IndexOf(c, close + 2);
                if (close < 0) return text.Length;
                i = close;
            }
            else if (c == '-' && i + 1 < text.Length && text[i + 1] == '-')
            {
                var nl = text.IndexOf('\n', i);
                if (nl < 0) return text.Length;
                i = nl;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var close = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                if (close < 0) return text.Length;
                i = close + 1;
            }
            else if (c == ';') return i;
        }
        return text.Length;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
