using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocationBoards.Hub.Realtime;

public static class RealtimeModule
{
    public static IHostApplicationBuilder AddRealtime(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSignalR().AddJsonProtocol(json =>
            json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddSingleton<IBoardEventBus, InProcessBoardEventBus>();
        builder.Services.AddSingleton<LiveConnections>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<LiveConnections>());
        builder.Services.AddHostedService<LiveHubRelay>();
        return builder;
    }

    public static WebApplication MapRealtime(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // A connection closes when its bearer token expires: a revoked token cannot keep listening.
        app.MapHub<LiveHub>(LiveHub.Path, options => options.CloseOnAuthenticationExpiration = true);
        return app;
    }
}
