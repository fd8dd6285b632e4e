using LocationBoards.Hub.Features.Sales;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Email;

public static class EmailModule
{
    /// <summary>The outbox sender and its transport (pickup folder or SMTP), and the admins' view of the mail.</summary>
    public static IHostApplicationBuilder AddEmail(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<EmailOptions>()
            .BindConfiguration(EmailOptions.SectionName)
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<EmailOptions>, EmailOptionsValidation>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMailTransport>(provider =>
        {
            var email = provider.GetRequiredService<IOptions<EmailOptions>>().Value;
            return email.Transport == EmailTransportKind.Smtp
                ? new SmtpTransport(email.Smtp)
                : new PickupFolderTransport(provider.GetRequiredService<DataDirectory>().Resolve(email.PickupFolder));
        });
        services.AddSingleton<OutboxSignal>();
        services.RemoveAll<ISaleEmailWake>();
        services.AddSingleton<ISaleEmailWake, SaleEmailWake>();
        services.AddSingleton<OutboxActivity>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<OutboxDrainer>();
        services.AddSingleton<OutboxAdministration>();
        services.AddHostedService<OutboxSender>();
        return builder;
    }
}
