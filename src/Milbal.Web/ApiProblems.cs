using Milbal.Analysis.Balance;
using Milbal.Analysis.Capacity;
using Milbal.Analysis.Conversions;
using Milbal.Core.Entities;
using Milbal.Data.Store;
using Milbal.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Milbal.Web;

/// <summary>A request for something that does not exist (a scenario, group or entity named in the path).</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>A request body over the endpoint's bound.</summary>
public sealed class PayloadTooLargeException(string message) : Exception(message);

/// <summary>
/// Maps the project's exceptions to RFC 9457 problem details: what the user can fix is a 400 (or 404/413) whose detail
/// says what to change, as the CLI's error line does; anything else is logged and answered with a 500 that shows no
/// internals.
/// </summary>
public static class ApiProblems
{
    public const string ProblemType = "application/problem+json";

    public static (int Status, string Title, string Detail)? Classify(Exception e) => e switch
    {
        NotFoundException => (StatusCodes.Status404NotFound, "Not found", e.Message),
        PayloadTooLargeException => (StatusCodes.Status413PayloadTooLarge, "Request body too large", e.Message),
        UnknownEntityException => (StatusCodes.Status400BadRequest, "Unknown entity", e.Message),
        ScenarioException => (StatusCodes.Status400BadRequest, "Invalid scenario", e.Message),
        ConversionException => (StatusCodes.Status400BadRequest, "Cannot convert", e.Message),
        MissingDataException => (StatusCodes.Status400BadRequest, "No data for this request", e.Message),
        CapacityDataException => (StatusCodes.Status400BadRequest, "Invalid capacity request", e.Message),
        Milbal.Claims.ClaimInputException => (StatusCodes.Status400BadRequest, "Invalid article", e.Message),
        StoreException => (StatusCodes.Status400BadRequest, "Invalid request", e.Message),
        BadHttpRequestException bad => (bad.StatusCode, bad.StatusCode == 413 ? "Request body too large" : "Invalid request", bad.Message),
        FormatException or ArgumentException or KeyNotFoundException => (StatusCodes.Status400BadRequest, "Invalid parameter", e.Message),
        _ => null,
    };

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>Outermost middleware: turns exceptions from any endpoint into problem details.</summary>
    public static async Task Handle(HttpContext context, RequestDelegate next, ILogger logger)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client left or the request timed out: nothing to answer.
            if (!context.Response.HasStarted) context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var known = Classify(e);
            if (known is null) logger.LogError(e, "unhandled error for {Path}{Query}", context.Request.Path, context.Request.QueryString);
            var (status, title, detail) = known ?? (StatusCodes.Status500InternalServerError, "Internal error",
                "the server failed to answer this request; the error is logged. Please report the URL.");
            context.Response.Clear();
            await Problem(status, title, detail).ExecuteAsync(context);
        }
    }
}
