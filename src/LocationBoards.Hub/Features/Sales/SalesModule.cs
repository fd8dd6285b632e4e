using LocationBoards.Core.Sales;
using LocationBoards.Hub.Features.Sales.Api;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

public static class SalesModule
{
    public static IHostApplicationBuilder AddSales(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SalesOptions>().BindConfiguration(SalesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SalesOptions>, SalesOptionsValidation>();
        services.TryAddSingleton<ISaleEmailWake, NoSaleEmailWake>();
        services.AddSingleton<SaleWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<SaleWriter>());
        services.AddSingleton<SaleDesk>();
        services.AddSingleton<SaleReader>();
        return builder;
    }

    public static WebApplication MapSales(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapSaleEndpoints();
        return app;
    }
}
