using Microsoft.AspNetCore.Http.Metadata;

namespace LocationBoards.Hub.Infrastructure.Problems;

/// <summary>
/// Refuses a body larger than its endpoint allows (<see cref="IRequestSizeLimitMetadata"/>) with 413
/// before anything reads it, whatever server hosts the hub; Kestrel also stops chunked bodies at the same limit.
/// </summary>
public static class RequestBodyLimit
{
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is long max && context.Request.ContentLength > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status413PayloadTooLarge,
                    Title = "The request is too large.",
                    Detail = $"This endpoint accepts at most {max / 1024} KB.",
                },
            });
            return;
        }

        await next(context);
    });
}
