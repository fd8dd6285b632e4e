namespace LocationBoards.Hub.Features.Phone;

public static class PhoneModule
{
    public static IHostApplicationBuilder AddPhoneLine(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PhoneOptions>().BindConfiguration(PhoneOptions.Section);
        builder.Services.AddSingleton<PhonePlanner>();
        builder.Services.AddSingleton<PhoneConversation>();
        builder.Services.AddSingleton<PhoneTransferLog>();
        return builder;
    }

    public static WebApplication MapPhoneLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPhoneEndpoints();
        return app;
    }
}
