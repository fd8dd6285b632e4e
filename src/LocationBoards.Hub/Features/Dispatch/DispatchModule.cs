using LocationBoards.Core.Dispatch;
using LocationBoards.Hub.Features.Dispatch.Api;
using LocationBoards.Hub.Features.Dispatch.Simulation;
using LocationBoards.Hub.Realtime;

namespace LocationBoards.Hub.Features.Dispatch;

public static class DispatchModule
{
    public static IHostApplicationBuilder AddDispatch(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<DispatchOptions>()
            .BindConfiguration(DispatchOptions.SectionName)
            .Validate(o => o.Problems().Count == 0, "The Dispatch settings are not valid: see DispatchOptions.Problems.")
            .ValidateOnStart();
        services.AddSingleton<IDispatchEventBus, InProcessDispatchEventBus>();
        services.AddSingleton<TechnicianPositions>();
        services.AddSingleton<TechnicianDirectory>();
        services.AddSingleton<DispatchSituations>();
        services.AddSingleton<DispatchFeed>();
        services.AddSingleton<JobDesk>();
        services.AddSingleton<JobReader>();
        services.AddSingleton<JobSuggestions>();
        services.AddSingleton<CustomerAccounts>();
        services.AddSingleton<DispatchBoardSnapshots>();
        services.AddSingleton<CustomerFinder>();
        services.AddOptions<DispatchMapOptions>().BindConfiguration(DispatchMapOptions.SectionName);
        services.AddSingleton<BreadcrumbTrail>();
        services.AddHostedService(provider => provider.GetRequiredService<BreadcrumbTrail>());
        services.AddSingleton<PositionIntake>();
        services.AddHostedService<PositionBroadcaster>();
        services.AddHostedService<DispatchHubRelay>();
        builder.AddDispatchSimulator();
        return builder;
    }

    public static WebApplication MapDispatch(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapDispatchEndpoints();
        return app;
    }
}
