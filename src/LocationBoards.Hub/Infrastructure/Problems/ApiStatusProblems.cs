using Microsoft.AspNetCore.Diagnostics;

namespace LocationBoards.Hub.Infrastructure.Problems;

/// <summary>
/// An API caller that gets an error status with no body (401 from a challenge, 404 from routing)
/// gets a problem document instead; the readable status pages are for people, not for API clients.
/// </summary>
public static class ApiStatusProblems
{
    public static IApplicationBuilder UseApiStatusProblems(this IApplicationBuilder app, Func<HttpContext, bool> isApiRequest) => app.Use(async (context, next) =>
    {
        if (!isApiRequest(context))
        {
            await next(context);
            return;
        }

        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        await next(context);
        if (!context.Response.HasStarted && context.Response.StatusCode >= 400 && context.Response.ContentLength is null or 0 && context.Response.ContentType is null)
        {
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = context.Response.StatusCode },
            });
        }
    });
}
