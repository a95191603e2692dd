using System.Globalization;
using System.Text;
using Milbal.Core.Datasets;

namespace Milbal.Data.Importers;

/// <summary>
/// Decoding of publishers' text files and small parsing helpers shared by the WDI and WEO importers
/// (general enough to move next to <see cref="ImportLog"/>).
/// </summary>
internal static class PublisherText
{
    // Strict decoders: a damaged file must fail loudly instead of turning into replacement characters that
    // might still look like a plausible name or number.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K';

    public static bool HasUtf16Bom(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF));

    /// <summary>The file as text: UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8 (BOM optional).</summary>
    public static string Decode(ImportSource source)
    {
        var bytes = source.Content.AsSpan();
        try
        {
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                if (bytes.Length % 2 != 0) throw new DecoderFallbackException("odd number of bytes in UTF-16 text");
                return StrictUtf16Le.GetString(bytes[2..]);
            }
            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                if (bytes.Length % 2 != 0) throw new DecoderFallbackException("odd number of bytes in UTF-16 text");
                return StrictUtf16Be.GetString(bytes[2..]);
            }
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException(new SourceLocation(source.FileName), "the file is not valid UTF-8 or UTF-16 text (damaged, or not the publisher's CSV/text export)", e);
        }
    }

    /// <summary>A year written "2024", "FY2024/25" or "2024/25" → 2024; null otherwise.</summary>
    public static int? ParseYearLabel(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.StartsWith("FY", StringComparison.OrdinalIgnoreCase)) text = text[2..];
        if (text.Length > 4 && text[4] == '/') text = text[..4];
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && Core.Observations.Observation.IsPlausibleYear(year) ? year : null;
    }

    /// <summary>A "YYYY-MM-DD" edition id is also a release date.</summary>
    public static DateOnly? DateFromEdition(string? edition) =>
        edition is not null && DateOnly.TryParseExact(edition, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
