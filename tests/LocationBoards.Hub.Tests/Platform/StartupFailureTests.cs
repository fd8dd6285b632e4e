using LocationBoards.Hub.Infrastructure.Startup;
using LocationBoards.Hub.Tests.Support;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Tests.Platform;

public class StartupFailureTests
{
    [Fact]
    public void An_unreachable_store_stops_start_up_with_a_message_naming_it()
    {
        using var hub = new HubFactory();
        hub.Settings["Storage:SqlitePath"] = "/proc/locationboards-cannot-be-here/store.db";

        var failure = Assert.ThrowsAny<Exception>(() => hub.CreateClient());

        var message = Unwrap<StartupFailureException>(failure)?.Message;
        Assert.True(message is not null, failure.ToString());
        Assert.Contains("store", message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("/proc/locationboards-cannot-be-here", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_configuration_value_stops_start_up_with_a_message_naming_the_key()
    {
        using var data = new TestDirectory("options");
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Storage:DataDirectory"] = data.Path;
        builder.Configuration["Storage:BusyTimeoutMilliseconds"] = "5";
        builder.AddStore();
        builder.AddAuth();
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("BusyTimeoutMilliseconds", failure.Message, StringComparison.Ordinal);
    }

    private static T? Unwrap<T>(Exception? exception)
        where T : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is T match)
            {
                return match;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Select(Unwrap<T>).FirstOrDefault(e => e is not null) is { } inner)
            {
                return inner;
            }
        }

        return null;
    }
}
