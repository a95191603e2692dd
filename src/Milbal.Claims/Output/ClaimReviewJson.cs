using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Milbal.Claims.Verification;

namespace Milbal.Claims.Output;

/// <summary>
/// One schema.org ClaimReview object per claim (claimReviewed, reviewRating.alternateName = verdict, itemReviewed =
/// the Claim with its appearance in the article), plus Milbal's evidence under "milbal:evidence".
/// </summary>
public static class ClaimReviewJson
{
    public static string Write(CheckReport report, DateOnly? reviewed = null)
    {
        using var stream = new MemoryStream();
        Write(stream, report, reviewed);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Stream stream, CheckReport report, DateOnly? reviewed = null)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
        var date = (reviewed ?? DateOnly.FromDateTime(DateTime.UtcNow)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var r in report.Results)
        {
            var c = r.Claim;
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "ClaimReview");
            json.WriteString("claimReviewed", c.Sentence.Text);
            json.WriteString("datePublished", date);
            json.WriteStartObject("author");
            json.WriteString("@type", "Organization");
            json.WriteString("name", "Milbal");
            json.WriteEndObject();
            json.WriteStartObject("reviewRating");
            json.WriteString("@type", "Rating");
            json.WriteString("alternateName", r.VerdictName);
            json.WriteNumber("ratingValue", r.Verdict switch { Verdict.Supported => 3, Verdict.MethodDependent => 2, Verdict.Contradicted => 1, _ => 0 });
            json.WriteNumber("bestRating", 3);
            json.WriteNumber("worstRating", 1);
            json.WriteString("ratingExplanation", r.Reason);
            json.WriteEndObject();
            json.WriteStartObject("itemReviewed");
            json.WriteString("@type", "Claim");
            json.WriteString("text", c.Sentence.Text);
            if (report.Context.Date is { } d) json.WriteString("datePublished", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (c.Attribution is not null)
            {
                json.WriteStartObject("author");
                json.WriteString("@type", "Organization");
                json.WriteString("name", c.Attribution);
                json.WriteEndObject();
            }
            if (report.Context.Url is not null || report.Context.Title is not null)
            {
                json.WriteStartObject("firstAppearance");
                json.WriteString("@type", "CreativeWork");
                if (report.Context.Url is not null) json.WriteString("url", report.Context.Url);
                if (report.Context.Title is not null) json.WriteString("headline", report.Context.Title);
                if (report.Context.Publisher is not null) json.WriteString("publisher", report.Context.Publisher);
                if (report.Context.Date is { } d2) json.WriteString("datePublished", d2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteStartObject("milbal:evidence");
            json.WriteString("id", c.Id);
            json.WriteString("kind", c.KindName);
            json.WriteStartArray("anchors");
            foreach (var a in c.Anchors) json.WriteStringValue(a);
            json.WriteEndArray();
            json.WriteNumber("start", c.Start);
            json.WriteNumber("end", c.End);
            json.WriteStartArray("entities");
            foreach (var e in c.Subject?.Candidates ?? []) json.WriteStringValue(e);
            json.WriteEndArray();
            if (c.Other is not null)
            {
                json.WriteStartArray("compared_with");
                foreach (var e in c.Other.Candidates) json.WriteStringValue(e);
                json.WriteEndArray();
            }
            json.WriteStartArray("years");
            foreach (var y in c.Years) json.WriteNumberValue(y);
            json.WriteEndArray();
            if (c.Primary is { } q)
            {
                json.WriteNumber("claimed", q.Value);
                if (q.Currency is not null) json.WriteString("currency", q.Currency);
                json.WriteString("hedge", q.Hedge.ToString());
            }
            if (c.Ratio is { } ratio) json.WriteNumber("claimed_ratio", ratio);
            if (c.Attribution is not null) json.WriteString("attributed_to", c.Attribution);
            json.WriteString("tolerance", r.Tolerance);
            json.WriteString("verdict", r.VerdictName);
            json.WriteString("reason", r.Reason);
            // False for a claim found but not judged (a comparison in words, a figure without a measure): no readings follow.
            json.WriteBoolean("judged", !Extraction.ClaimExtractor.NotJudged(c.Phrase));
            json.WriteStartArray("readings");
            foreach (var reading in r.Readings)
            {
                json.WriteStartObject();
                json.WriteString("source", reading.Source);
                json.WriteString("method", reading.Line);
                json.WriteString("entity", reading.Entity);
                json.WriteNumber("year", reading.Year);
                // A reading without a value is written as null, never as a zero that could be read as data.
                if (double.IsFinite(reading.Value)) json.WriteNumber("value", reading.Value);
                else json.WriteNull("value");
                json.WriteString("unit", reading.Unit);
                json.WriteBoolean("within_tolerance", reading.Holds);
                json.WriteBoolean("counts_for_verdict", reading.CountsForVerdict);
                json.WriteString("detail", reading.Detail);
                json.WriteStartArray("evidence");
                foreach (var e in reading.Evidence) json.WriteStringValue(e);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
