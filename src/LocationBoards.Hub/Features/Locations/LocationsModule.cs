namespace LocationBoards.Hub.Features.Locations;

public static class LocationsModule
{
    /// <summary>The staff's and supervisors' location screens.</summary>
    public static IHostApplicationBuilder AddLocations(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<LocationOverview>();
        return builder;
    }
}
