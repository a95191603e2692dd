using System.Globalization;
using System.Text;
using Milbal.Core.Datasets;
using Milbal.Core.Entities;
using Milbal.Core.Observations;
using Sylvan.Data.Csv;

namespace Milbal.Data.Importers.Imf;

/// <summary>
/// The IMF data portal's long WEO CSV: <c>ref_area,concept,unit,scale,freq,base_year,lastactualdate,year,value</c>,
/// values already divided by 10^scale. Rows of one series are adjacent, so everything but year and value is
/// worked out once per series; only the Observation is allocated per row.
/// </summary>
internal static class WeoLongCsvReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // When a series has no last-actual year, the country's national-accounts cut-off is the best stand-in.
    private static readonly string[] CutoffDonors = ["NGDPD", "NGDP"];

    private sealed class Series
    {
        public string Area = "";
        public string Concept = "";
        public string UnitCode = "";
        public string ScaleText = "";
        public string BaseYearText = "";
        public string LastActualText = "";
        public string Freq = "";
        public Entity? Entity;
        public string MeasureId = "";
        public Unit Unit = Unit.Percent;
        public int? Cutoff;
        public bool Skip;
    }

    private readonly record struct Pending(int ObservationIndex, string Area, string Concept, int Year);

    public static ImportResult Read(WeoImporter importer, ImportLog log, ImportOptions options)
    {
        var edition = options.Edition ?? WeoImporter.EditionFromFileName(log.Source.FileName)
            ?? throw log.Fail(log.At(), "the portal CSV does not say which WEO edition it is and its name has no 'weo-YYYY-MM': pass --edition (e.g. 2025-10)");
        var publicationYear = WeoImporter.PublicationYear(edition);

        var stream = log.Source.OpenRead();
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true);
        var observations = new List<Observation>(capacity: (int)Math.Min(int.MaxValue, log.Source.Content.Length / 36));
        var pending = new List<Pending>();
        var cutoffByArea = new Dictionary<string, (string Donor, int Year)>(StringComparer.Ordinal);
        var noCutoffRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var otherFrequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        long cellsRead = 0, cellsSkipped = 0;
        var row = 1;
        try
        {
            using var csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"' });
            int Column(string name, bool required = true)
            {
                for (var i = 0; i < csv.FieldCount; i++)
                    if (csv.GetName(i).Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
                return required ? throw log.Fail(log.At(row: 1), $"the header has no '{name}' column") : -1;
            }
            var areaColumn = Column("ref_area");
            var conceptColumn = Column("concept");
            var unitColumn = Column("unit");
            var scaleColumn = Column("scale");
            var freqColumn = Column("freq", required: false);
            var baseYearColumn = Column("base_year", required: false);
            var lastActualColumn = Column("lastactualdate", required: false);
            var yearColumn = Column("year");
            var valueColumn = Column("value");
            var width = csv.FieldCount;

            var series = new Series();
            var fresh = true;
            var progressStep = Math.Max(1, log.Source.Content.Length / 100);
            long nextProgress = progressStep;
            while (csv.Read())
            {
                row++;
                if (csv.RowFieldCount != width)
                {
                    if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).IsWhiteSpace()) continue;
                    // More fields than the header is as wrong as fewer: "4,684.182" split in two would shift every column.
                    throw log.Fail(log.At(row: row), $"the row has {csv.RowFieldCount} fields where the header has {width}: the file is truncated or damaged, or a value holds an unquoted comma");
                }
                if (fresh
                    || !Same(csv, areaColumn, series.Area) || !Same(csv, conceptColumn, series.Concept)
                    || !Same(csv, unitColumn, series.UnitCode) || !Same(csv, scaleColumn, series.ScaleText)
                    || !Same(csv, baseYearColumn, series.BaseYearText) || !Same(csv, lastActualColumn, series.LastActualText)
                    || !Same(csv, freqColumn, series.Freq))
                {
                    series = StartSeries(importer, log, csv, row, areaColumn, conceptColumn, unitColumn, scaleColumn, freqColumn, baseYearColumn, lastActualColumn,
                        fresh ? null : series);
                    fresh = false;
                    if (series.Freq is not ("" or "A")) otherFrequencies[series.Freq] = otherFrequencies.GetValueOrDefault(series.Freq) + 1;
                    if (series.Cutoff is { } c && Array.IndexOf(CutoffDonors, series.Concept) is var donor and >= 0
                        && (!cutoffByArea.TryGetValue(series.Area, out var had) || Array.IndexOf(CutoffDonors, had.Donor) > donor))
                        cutoffByArea[series.Area] = (series.Concept, c);
                }

                var yearText = csv.GetFieldSpan(yearColumn).Trim();
                var year = PublisherText.ParseYearLabel(yearText)
                    ?? throw log.Fail(log.At(row: row), $"'{yearText}' in column 'year' is not a year");
                cellsRead++;
                var valueText = csv.GetFieldSpan(valueColumn).Trim();
                double value;
                string? note = null;
                if (valueText.SequenceEqual("--")) { value = 0; note = "rounds to zero ('--')"; }
                else if (valueText.IsEmpty || valueText.SequenceEqual("n/a") || valueText.SequenceEqual("NA")) { cellsSkipped++; continue; }
                else if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
                    throw log.Fail(log.At(row: row),
                        $"'{valueText}' in column 'value' for {series.Area} {series.Concept} {year} is not a number");

                if (series.Skip || series.Entity is null) continue;
                if (series.Cutoff is null && lastActualColumn >= 0)
                    pending.Add(new Pending(observations.Count, series.Area, series.Concept, year));
                observations.Add(new Observation(series.Entity.Id, year, series.MeasureId, value, series.Unit,
                    Flags: WeoImporter.FlagsFor(year, series.Cutoff, publicationYear), Note: note));
                if (options.Progress is not null && stream.Position >= nextProgress)
                {
                    options.Progress.Report(0.99 * stream.Position / Math.Max(1, stream.Length));
                    nextProgress = stream.Position + progressStep;
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw log.Fail(log.At(row: row + 1), $"the CSV is malformed ({e.Message}); the file is damaged or truncated", e);
        }
        catch (DecoderFallbackException e)
        {
            throw log.Fail(log.At(row: row + 1), "the file is not valid UTF-8 text (damaged?)", e);
        }
        if (row == 1) throw log.Fail(log.At(row: 1), "no data rows after the header");

        // Series without a last-actual year borrow the country's national-accounts cut-off, saying so.
        foreach (var p in pending)
        {
            var o = observations[p.ObservationIndex];
            if (cutoffByArea.TryGetValue(p.Area, out var donor))
                observations[p.ObservationIndex] = o with
                {
                    Flags = WeoImporter.FlagsFor(p.Year, donor.Year, publicationYear),
                    Note = o.Note is null ? $"projection cut-off taken from {donor.Donor}" : $"{o.Note}; projection cut-off taken from {donor.Donor}",
                };
            else
                noCutoffRows[p.Concept] = noCutoffRows.GetValueOrDefault(p.Concept) + 1;
        }
        foreach (var (concept, count) in noCutoffRows.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            log.Warn(log.At(), $"{concept}: {count} value(s) have no last-actual year (and their area has no NGDPD/NGDP cut-off), so they carry no estimate/projection flag");
        foreach (var (freq, count) in otherFrequencies)
            log.Warn(log.At(), $"{count} series with frequency '{freq}' read as annual values by year");

        foreach (var o in observations) log.Add(o);
        log.CellsRead = cellsRead;
        log.CellsSkipped = cellsSkipped;
        options.Progress?.Report(1.0);
        var notes = "IMF data portal long CSV; values after each series' last actual year are flagged estimate (years before publication) or projection";
        return log.Finish(WeoImporter.Dataset(edition, WeoImporter.ReleaseDateOf(edition, options), notes), WeoImporter.LongPart);
    }

    private static bool Same(CsvDataReader csv, int column, string current) =>
        column < 0 || csv.GetFieldSpan(column).SequenceEqual(current);

    private static Series StartSeries(WeoImporter importer, ImportLog log, CsvDataReader csv, int row,
        int areaColumn, int conceptColumn, int unitColumn, int scaleColumn, int freqColumn, int baseYearColumn, int lastActualColumn, Series? previous)
    {
        string Field(int column, string? reuse) =>
            column < 0 ? "" : reuse is not null && csv.GetFieldSpan(column).SequenceEqual(reuse) ? reuse : csv.GetString(column);
        var s = new Series
        {
            Area = Field(areaColumn, previous?.Area).Trim(),
            Concept = Field(conceptColumn, previous?.Concept).Trim(),
            UnitCode = Field(unitColumn, previous?.UnitCode),
            ScaleText = Field(scaleColumn, previous?.ScaleText),
            Freq = Field(freqColumn, previous?.Freq),
            BaseYearText = Field(baseYearColumn, previous?.BaseYearText),
            LastActualText = Field(lastActualColumn, previous?.LastActualText),
        };
        var location = log.At(row: row);
        if (s.Area.Length == 0 || s.Concept.Length == 0) throw log.Fail(location, "the row has no ref_area or concept");
        s.Entity = previous is not null && previous.Area == s.Area ? previous.Entity : importer.ResolveArea(log, s.Area, null, location);
        s.Cutoff = PublisherText.ParseYearLabel(s.LastActualText);
        if (s.LastActualText.Trim().Length > 0 && s.Cutoff is null)
            log.Warn(location, $"lastactualdate '{s.LastActualText}' is not a year; {s.Area} {s.Concept} carries no estimate/projection flag");
        var scale = WeoSubjects.ParseScalePower(s.ScaleText);
        if (scale is null)
        {
            log.Warn(location, $"scale '{s.ScaleText}' of {s.Area} {s.Concept} is not a power of ten Milbal knows (0, 3, 6, 9, 12); series skipped");
            s.Skip = true;
            return s;
        }
        if (s.Entity is null) return s;
        var unitCode = s.UnitCode.Trim();
        var baseYear = PublisherText.ParseYearLabel(s.BaseYearText) is { } b && !s.BaseYearText.Contains('/') ? b : (int?)null;
        (s.MeasureId, s.Unit) = WeoSubjects.Map(new WeoSeries(s.Concept, s.Entity, scale.Value, WeoSubjects.UnitLabel(unitCode), unitCode == "PT", baseYear));
        return s;
    }
}
