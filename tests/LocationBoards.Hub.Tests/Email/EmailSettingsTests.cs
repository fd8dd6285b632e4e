using LocationBoards.Hub.Features.Email;
using LocationBoards.Hub.Infrastructure.Storage;
using LocationBoards.Hub.Tests.Support;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Email;

public class EmailSettingsTests
{
    [Fact]
    public async Task Smtp_without_a_host_stops_start_up_with_a_message_naming_the_setting()
    {
        using var data = new TestDirectory("email-options");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:DataDirectory"] = data.Path;
        builder.Configuration["Email:Transport"] = "Smtp";
        builder.Configuration["Email:Smtp:UserName"] = "mailer";
        builder.AddStore();
        builder.AddEmail();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Email:Smtp:Host", failure.Message, StringComparison.Ordinal);
        Assert.Contains("Email:Smtp:Password", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_write_to_the_pickup_folder_from_the_example_address()
    {
        var options = new EmailOptions();

        Assert.Empty(options.Problems());
        Assert.Equal(EmailTransportKind.PickupFolder, options.Transport);
        Assert.Equal("locationboards.example", options.MessageIdDomain);
    }

    [Theory]
    [InlineData("not an address", "Email:FromAddress")]
    [InlineData("", "Email:FromAddress")]
    public void A_sender_address_that_is_not_one_is_refused(string from, string named)
    {
        var problems = new EmailOptions { FromAddress = from }.Problems();

        Assert.Contains(problems, p => p.StartsWith(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Smtp_settings_out_of_range_are_each_named()
    {
        var options = new EmailOptions
        {
            Transport = EmailTransportKind.Smtp,
            Smtp = new SmtpOptions { Host = "mail.example.com", Port = 70000, Timeout = TimeSpan.Zero, Password = "secret" },
        };

        var problems = options.Problems();

        Assert.Equal(3, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("Email:Smtp:Port", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Email:Smtp:Timeout", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Email:Smtp:UserName", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Contains("secret", StringComparison.Ordinal));
    }
}
