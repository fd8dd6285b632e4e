using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;

namespace LocationBoards.E2E.Tests.Support;

/// <summary>The dispatch event feed read through the web API, as another system (or a dispatcher catching up) reads it.</summary>
public static class DispatchEvents
{
    /// <summary>The statuses a job passed through, one per dispatch event, in sequence order ("new", "assigned", "enRoute"…).</summary>
    public static async Task<IReadOnlyList<string>> StatusesOfAsync(LiveHub hub, long jobId)
    {
        ArgumentNullException.ThrowIfNull(hub);
        var (userName, password) = await hub.CreateUserAsync(Roles.Dispatcher);
        using var client = new HttpClient { BaseAddress = hub.BaseAddress };
        var token = await client.PostAsJsonAsync("/api/auth/token", new { userName, password });
        token.EnsureSuccessStatusCode();
        using var tokenBody = JsonDocument.Parse(await token.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokenBody.RootElement.GetProperty("access_token").GetString());

        var statuses = new List<string>();
        var after = 0L;
        while (true)
        {
            using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/dispatch/events?after={after}", UriKind.Relative)));
            var events = page.RootElement.EnumerateArray().ToList();
            if (events.Count == 0)
            {
                return statuses;
            }

            foreach (var message in events)
            {
                after = message.GetProperty("sequence").GetInt64();
                if (message.GetProperty("jobId").GetInt64() == jobId)
                {
                    statuses.Add(message.GetProperty("job").GetProperty("status").GetString()!);
                }
            }
        }
    }
}
