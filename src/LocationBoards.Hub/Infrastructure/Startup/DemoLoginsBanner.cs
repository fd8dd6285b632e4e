using System.Globalization;
using System.Text;
using LocationBoards.Data.Seeding;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Infrastructure.Startup;

/// <summary>
/// Once the server listens, prints where it listens and the demo sign-ins from the seed folder's users.json,
/// plainly on the console, so a person who typed `dotnet run` knows how to sign in. Off with Seed:ShowDemoLogins=false.
/// Nothing is printed when the server has no addresses (the in-memory test server).
/// </summary>
public sealed class DemoLoginsBanner(
    IHostApplicationLifetime lifetime, IServer server, IOptions<SeedOptions> seed, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (seed.Value.ShowDemoLogins)
        {
            lifetime.ApplicationStarted.Register(Print);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (addresses.Count == 0)
        {
            return;
        }

        var text = new StringBuilder().AppendLine().AppendLine("LocationBoards is running:");
        foreach (var address in addresses)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {address}");
        }

        var logins = DemoLogins.Read(Path.GetFullPath(Path.Combine(environment.ContentRootPath, seed.Value.Path)));
        if (logins.Count > 0)
        {
            text.AppendLine("Demo sign-ins (from the seed folder's users.json):");
            var width = logins.Max(l => l.UserName.Length);
            foreach (var login in logins)
            {
                var where = login.Location is null ? string.Empty : $" ({login.Location})";
                text.AppendLine(CultureInfo.InvariantCulture, $"  {login.UserName.PadRight(width)}  {string.Join(", ", login.Roles)}{where}  password: {login.Password}");
            }
        }

        Console.Out.Write(text.AppendLine().ToString());
    }
}
