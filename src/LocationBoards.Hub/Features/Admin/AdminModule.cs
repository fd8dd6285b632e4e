using LocationBoards.Hub.Features.Admin.Catalog;
using LocationBoards.Hub.Features.Admin.Customers;
using LocationBoards.Hub.Features.Admin.Kiosks;
using LocationBoards.Hub.Features.Admin.Locations;
using LocationBoards.Hub.Features.Admin.Users;

namespace LocationBoards.Hub.Features.Admin;

public static class AdminModule
{
    /// <summary>The admin screens' services: locations, catalogue and stock, users and roles, kiosk devices, customer records.</summary>
    public static IHostApplicationBuilder AddAdmin(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<LocationAdministration>();
        builder.Services.AddSingleton<CatalogAdministration>();
        builder.Services.AddSingleton<StockAdministration>();
        builder.Services.AddSingleton<UserAdministration>();
        builder.Services.AddSingleton<KioskAdministration>();
        builder.Services.AddSingleton<CustomerAdministration>();
        return builder;
    }
}
