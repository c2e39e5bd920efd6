using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace ServiceStandard.Server;

/// <summary>Errors as RFC 7807 problem documents (<c>application/problem+json</c>): a status, its title, what went wrong.</summary>
internal static class Problems
{
    /// <summary>A problem answer.</summary>
    public static IResult Result(int status, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: ReasonPhrases.GetReasonPhrase(status));

    /// <summary>400 for a query parameter, named in <c>parameter</c>.</summary>
    public static IResult Parameter(ParameterProblem problem) =>
        Results.Problem(
            detail: $"The parameter '{problem.Name}' {problem.Rule}.",
            statusCode: StatusCodes.Status400BadRequest,
            title: ReasonPhrases.GetReasonPhrase(StatusCodes.Status400BadRequest),
            extensions: new Dictionary<string, object?> { ["parameter"] = problem.Name });

    /// <summary>Writes a problem from middleware (before any endpoint runs).</summary>
    public static Task Write(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return Result(status, detail).ExecuteAsync(context);
    }
}
