using LocationBoards.Core.Sales;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Sales;

/// <summary>Refuses to start with sales settings that will not do (e.g. no sales-division address), naming each problem.</summary>
public sealed class SalesOptionsValidation : IValidateOptions<SalesOptions>
{
    public ValidateOptionsResult Validate(string? name, SalesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
