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
            var lines = Lines(logins);
            var width = lines.Max(l => l.Names.Length);
            foreach (var (names, what, password) in lines)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {names.PadRight(width)}  {what}  password: {password}");
            }
        }

        Console.Out.Write(text.AppendLine().ToString());
    }

    /// <summary>One line per sign-in, except that a long run of alike ones (28 technicians) is shown as its first and one line for the rest.</summary>
    private static List<(string Names, string What, string Password)> Lines(IReadOnlyList<DemoLogin> logins)
    {
        var lines = new List<(string, string, string)>();
        for (var i = 0; i < logins.Count; i++)
        {
            var login = logins[i];
            var roles = string.Join(", ", login.Roles);
            lines.Add((login.UserName, login.Location is null ? roles : $"{roles} ({login.Location})", login.Password));
            var end = i + 1;
            while (end < logins.Count && login.Location is null && logins[end].Location is null
                && logins[end].Roles.SequenceEqual(login.Roles) && logins[end].Password == login.Password)
            {
                end++;
            }

            if (end - i > 3)
            {
                lines.Add(($"{logins[i + 1].UserName} … {logins[end - 1].UserName}", string.Create(CultureInfo.InvariantCulture, $"{roles} ({end - i - 1} more)"), login.Password));
                i = end - 1;
            }
        }

        return lines;
    }
}
