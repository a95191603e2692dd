using System.CommandLine;
using Milbal.Analysis.Conversions;
using Milbal.Queries;

namespace Milbal.Cli.Commands;

/// <summary>The options every converting command shares: --unit, --deflator, --factors, --interpolate, --scale, --equipment-share.</summary>
internal sealed class ConversionOptions
{
    private readonly Option<string?> _unit = new("--unit", "-u")
    {
        Description = $"Convert money to a unit: {string.Join(", ", MoneyUnit.Examples)} (computed from the stored local-currency value where one exists)",
    };
    private readonly Option<string> _deflator = new("--deflator")
    {
        Description = "Price index for constant prices: gdp (GDP deflator, as NATO, World Bank and IMF; the default) or cpi (as SIPRI)",
        DefaultValueFactory = _ => "gdp",
    };
    private readonly Option<string> _factors = new("--factors")
    {
        Description = "Whose exchange rates, PPP factors and deflators come first: wdi (World Bank; the default, as GDPuc) or weo (IMF); the other fills series the first lacks, and every factor names its source",
        DefaultValueFactory = _ => "wdi",
    };
    private readonly Option<bool> _interpolate = new("--interpolate")
    {
        Description = "Fill a missing factor linearly between published years (flagged 'interpolated'); without it a missing factor is an error",
    };
    private readonly Option<string> _scale = new("--scale")
    {
        Description = "Scale of converted money: units, thousands, millions (default), billions, trillions",
        DefaultValueFactory = _ => "millions",
    };
    private readonly Option<double> _equipmentShare = new("--equipment-share")
    {
        Description = $"Hybrid basis: equipment share (0–1) for countries NATO publishes none for (default {FactorOptions.StatedEquipmentShare:0.##})",
        DefaultValueFactory = _ => FactorOptions.StatedEquipmentShare,
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _unit, _deflator, _factors, _interpolate, _scale, _equipmentShare }) command.Options.Add(option);
    }

    /// <summary>The options as given, for the shared query code (Milbal.Queries) to parse and check.</summary>
    public ConversionSettings Settings(ParseResult parse) => new(
        parse.GetValue(_unit), parse.GetValue(_deflator)!, parse.GetValue(_factors)!, parse.GetValue(_interpolate), parse.GetValue(_scale)!, parse.GetValue(_equipmentShare));
}
