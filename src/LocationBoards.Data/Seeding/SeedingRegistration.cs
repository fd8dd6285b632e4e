using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocationBoards.Data.Seeding;

public static class SeedingRegistration
{
    /// <summary>
    /// Registers the <see cref="SeedLoader"/> (scoped: it works on the scope's <see cref="AppDbContext"/>, the same one
    /// Identity's stores use). Needs the context, Identity with roles on <see cref="AppDbContext"/>, and a TimeProvider.
    /// </summary>
    public static IServiceCollection AddSeedLoader(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<SeedLoader>();
        return services;
    }
}
