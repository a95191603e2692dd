namespace Milbal.Scenarios;

/// <summary>A scenario that cannot be read or run; names the file, field and line where it can.</summary>
public sealed class ScenarioException(string message) : Exception(message);
