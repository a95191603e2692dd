using System.CommandLine;
using Milbal.Analysis.Balance;
using Milbal.Analysis.Conversions;
using Milbal.Core.Observations;

namespace Milbal.Cli.Commands;

/// <summary>`milbal compare A B --year Y`: two sides' military expenditure on the same price basis (MER, PPP, hybrid).</summary>
internal static class CompareCommand
{
    public static Command Create(CliContext context)
    {
        var sideA = new Argument<string>("A") { Description = "Country or group: ISO3 code, name or group id (e.g. RUS, 'EU+UK', 'NATO Europe')" };
        var sideB = new Argument<string>("B") { Description = "Country or group to compare A with" };
        var year = new Option<int>("--year", "-y") { Description = "Year of the spending figures", Required = true };
        var basis = new Option<string[]>("--basis", "-b") { Description = "Bases, one symmetric row each: mer, ppp, hybrid (default: all three)", AllowMultipleArgumentsPerToken = true };
        var asymmetric = new Option<string?>("--asymmetric") { Description = "Add one row with a different basis per side, e.g. A=ppp,B=mer (the IISS headline); labelled as asymmetric" };
        var source = new Option<string>("--source", "-s") { Description = "Spending figures: sipri or nato (both sides)", DefaultValueFactory = _ => "sipri" };
        var edition = new Option<string?>("--edition", "-e") { Description = "Edition of the spending source (default: newest)" };
        var factors = new Option<string>("--factors") { Description = "Exchange rates, PPP factors and deflators: wdi (World Bank first) or weo (IMF first)", DefaultValueFactory = _ => "wdi" };
        var deflator = new Option<string>("--deflator") { Description = "gdp (GDP deflator) or cpi; used with --constant", DefaultValueFactory = _ => "gdp" };
        var constant = new Option<int?>("--constant") { Description = "Constant prices of this year instead of current prices" };
        var equipmentShare = new Option<double>("--equipment-share")
        {
            Description = $"Equipment share (%) for the hybrid basis where NATO publishes none (default {FactorOptions.StatedEquipmentShare * 100:0}%)",
            DefaultValueFactory = _ => FactorOptions.StatedEquipmentShare * 100,
        };
        var asPublished = new Option<bool>("--as-published") { Description = "Use the publisher's own US$ where published instead of converting its local-currency figure" };
        var format = CommonOptions.Format();
        var command = new Command("compare", "Military balance: A and B on the same price basis (US$ at market rates, Int$ at PPP, hybrid), with ratio, coverage and factors");
        command.Arguments.Add(sideA);
        command.Arguments.Add(sideB);
        foreach (var option in new Option[] { year, basis, asymmetric, source, edition, factors, deflator, constant, equipmentShare, asPublished, format }) command.Options.Add(option);
        command.SetAction(parse => MilbalCli.Guard(context, () =>
        {
            var y = parse.GetValue(year);
            if (!Observation.IsPlausibleYear(y)) throw new ArgumentException($"year {y} is outside {Observation.MinYear}–{Observation.MaxYear}");
            var bases = parse.GetValue(basis)?.SelectMany(b => b.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(MilitaryBalance.ParseBasis).ToArray();
            var asym = parse.GetValue(asymmetric) is { } text ? AsymmetricBases.Parse(text) : null;
            var share = parse.GetValue(equipmentShare);
            if (share is < 0 or > 100) throw new ArgumentException($"--equipment-share {share} is not a percentage between 0 and 100");
            var options = new FactorOptions(ParseFactors(parse.GetValue(factors)!), DefaultEquipmentShare: share / 100);
            var src = parse.GetValue(source)!.Trim().ToLowerInvariant();
            if (src is not ("sipri" or "nato")) throw new ArgumentException($"--source '{src}': military expenditure comes from sipri or nato");
            var request = new CompareRequest(parse.GetValue(sideA)!, parse.GetValue(sideB)!, y, bases, src, parse.GetValue(edition), asym, options,
                ParseDeflator(parse.GetValue(deflator)!), parse.GetValue(constant), parse.GetValue(asPublished));

            using var store = context.OpenStore(parse, readOnly: true);
            var comparison = MilitaryBalance.Compare(store, request, CliContext.Registry(store));
            CommonOptions.Render(context, comparison.ToResultTable(), parse.GetValue(format)!);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static FactorPublisher ParseFactors(string text) => text.Trim().ToLowerInvariant() switch
    {
        "wdi" => FactorPublisher.Wdi,
        "weo" => FactorPublisher.Weo,
        _ => throw new FormatException($"--factors '{text}': use wdi (World Bank first) or weo (IMF first)"),
    };

    internal static DeflatorKind ParseDeflator(string text) => text.Trim().ToLowerInvariant() switch
    {
        "gdp" => DeflatorKind.GdpDeflator,
        "cpi" => DeflatorKind.Cpi,
        _ => throw new FormatException($"--deflator '{text}': use gdp (GDP deflator) or cpi"),
    };
}
