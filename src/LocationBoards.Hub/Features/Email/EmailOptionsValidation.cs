using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Email;

/// <summary>Refuses to start with email settings that will not do, naming each problem.</summary>
public sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
