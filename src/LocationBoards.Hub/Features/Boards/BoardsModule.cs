using LocationBoards.Hub.Features.Boards.Api;

namespace LocationBoards.Hub.Features.Boards;

public static class BoardsModule
{
    public static IHostApplicationBuilder AddBoards(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<BoardFeed>();
        builder.Services.AddSingleton<BoardSnapshots>();
        builder.Services.AddSingleton<OrderMoves>();
        return builder;
    }

    public static WebApplication MapBoards(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapBoardEndpoints();
        return app;
    }
}
