namespace LocationBoards.Hub.Features.Kiosk;

public static class KioskModule
{
    public static IHostApplicationBuilder AddKiosk(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<KioskDeviceRegistry>();
        return builder;
    }
}
