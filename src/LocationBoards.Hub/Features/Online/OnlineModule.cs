namespace LocationBoards.Hub.Features.Online;

public static class OnlineModule
{
    /// <summary>Ordering from home: client accounts and the ordering page.</summary>
    public static IHostApplicationBuilder AddOnlineOrdering(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ClientRegistration>();
        return builder;
    }
}
