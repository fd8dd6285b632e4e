namespace LocationBoards.Hub.Features.Kiosk;

public static class KioskModule
{
    public static IHostApplicationBuilder AddKiosk(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<KioskOptions>().BindConfiguration(KioskOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<KioskDeviceRegistry>();
        builder.Services.AddSingleton<KioskPhoneLookup>();
        return builder;
    }

    /// <summary>Nothing a kiosk shows may stay in a cache for the next person.</summary>
    public static WebApplication UseKioskPrivacy(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/kiosk", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.CacheControl = "no-store";
                    context.Response.Headers.Pragma = "no-cache";
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        return app;
    }
}
