using Milbal.Core.Entities;
using Milbal.Core.Observations;

namespace Milbal.Data.Importers.Sipri;

/// <summary>
/// Turns SIPRI's currency words ("Euro", "Dinar", "Roubles") into ISO 4217 codes. SIPRI expresses a country's whole
/// series in its latest currency, so a word names today's currency. Words several countries share ("Dinar",
/// "Dollars", "Pesos", "CFA Francs") say nothing by themselves; the entity's currency decides those.
/// </summary>
internal static class SipriCurrencies
{
    // Only words that name one currency anywhere. Stale labels SIPRI keeps after a changeover (Croatia still says
    // "Kunas" for figures in euros) and words of currencies redenominated in the period are left to the registry.
    private static readonly Dictionary<string, string> Unambiguous = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Euro"] = "EUR", ["Euros"] = "EUR", ["US dollars"] = "USD", ["US dollar"] = "USD",
        ["Yen"] = "JPY", ["Yuan"] = "CNY", ["Afghani"] = "AFN", ["Ariary"] = "MGA", ["Baht"] = "THB",
        ["Balboas"] = "PAB", ["Birr"] = "ETB", ["Bolivianos"] = "BOB", ["Córdobas"] = "NIO", ["Dalasis"] = "GMD",
        ["Denars"] = "MKD", ["Dong"] = "VND", ["Drams"] = "AMD", ["Forint"] = "HUF", ["Gourdes"] = "HTG",
        ["Guaranies"] = "PYG", ["Hryvnias"] = "UAH", ["Kina"] = "PGK", ["Kip"] = "LAK", ["Kwanzas"] = "AOA",
        ["Kyats"] = "MMK", ["Lari"] = "GEL", ["Lek"] = "ALL", ["Lempiras"] = "HNL", ["Leva"] = "BGN",
        ["Lilangeni"] = "SZL", ["Maloti"] = "LSL", ["Marka"] = "BAM", ["Meticais"] = "MZN", ["Naira"] = "NGN",
        ["Nakfa"] = "ERN", ["New lei"] = "RON", ["New soles"] = "PEN", ["Pula"] = "BWP", ["Quetzales"] = "GTQ",
        ["Rand"] = "ZAR", ["Reais"] = "BRL", ["Riel"] = "KHR", ["Ringgit"] = "MYR", ["Rupiah"] = "IDR",
        ["Shekels"] = "ILS", ["Somoni"] = "TJS", ["Takas"] = "BDT", ["Tenge"] = "KZT", ["Tugriks"] = "MNT",
        ["Zlotys"] = "PLN", ["Krónur"] = "ISK",
    };

    // Countries whose generic word SIPRI's own footnotes resolve: Liberia's "Dollars" are US dollars (footnote
    // "the Liberian national budget is only reported in US$").
    private static readonly Dictionary<(string EntityId, string Word), string> Documented = new()
    {
        [("LBR", "Dollars")] = "USD",
    };

    /// <summary>
    /// The ISO code for a row's currency; <see cref="Unit.LocalCurrency"/> when neither the word nor the entity
    /// tells (then <paramref name="unmapped"/> is true and the caller keeps SIPRI's word in the note).
    /// </summary>
    public static string Resolve(string sipriWord, Entity entity, out bool unmapped, out string? conflict)
    {
        var word = sipriWord.Trim();
        conflict = null;
        unmapped = false;
        if (word.Length == 3 && IsUpperAscii(word)) return word;
        if (Documented.TryGetValue((entity.Id, word), out var documented)) return documented;
        if (Unambiguous.TryGetValue(word, out var code))
        {
            if (entity.Currency is { } registered && registered != code)
                conflict = $"SIPRI labels its currency '{word}' ({code}) but the registry has {registered}; using {code}";
            return code;
        }
        if (entity.Currency is { Length: > 0 } fallback) return fallback;
        unmapped = true;
        return Unit.LocalCurrency;
    }

    private static bool IsUpperAscii(string text)
    {
        foreach (var ch in text)
            if (ch is < 'A' or > 'Z') return false;
        return true;
    }
}
