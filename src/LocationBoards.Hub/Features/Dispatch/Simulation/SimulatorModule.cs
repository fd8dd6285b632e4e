using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

public static class SimulatorModule
{
    /// <summary>The dispatch simulator: always registered (tests tick it by hand); it runs on its own only when Enabled.</summary>
    public static IHostApplicationBuilder AddDispatchSimulator(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<SimulatorOptions>()
            .BindConfiguration(SimulatorOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidation>();
        services.AddSingleton<SimulatedDispatcher>();
        services.AddSingleton<TechnicianSimulator>();
        services.AddHostedService(provider => provider.GetRequiredService<TechnicianSimulator>());
        return builder;
    }
}
