using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Dispatch.Simulation;

/// <summary>Refuses to start with simulator settings that will not do, naming each problem.</summary>
public sealed class SimulatorOptionsValidation : IValidateOptions<SimulatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
