using LocationBoards.Hub.Features.Ordering.Api;

namespace LocationBoards.Hub.Features.Ordering;

public static class OrderingModule
{
    public static IHostApplicationBuilder AddOrdering(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<OrderingOptions>().BindConfiguration(OrderingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocationDirectory>();
        services.AddSingleton<CatalogDirectory>();
        services.AddSingleton<LocalGazetteer>();
        services.AddSingleton<OrderPreparation>();
        services.AddSingleton<OrderWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<OrderWriter>());
        services.AddSingleton<OrderIntake>();
        services.AddSingleton<OrderQueries>();
        services.AddSingleton<RoutingPreview>();
        services.AddSingleton<OrderingCatalog>();
        services.AddSingleton<PriceFormatter>();
        return builder;
    }

    public static WebApplication MapOrdering(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOrderEndpoints();
        return app;
    }
}
