using System.Net.Http.Json;
using System.Text.Json;
using LocationBoards.Core.Access;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Dispatch;

/// <summary>API clients for dispatch tests: a dispatcher or a technician with a bearer token.</summary>
internal static class DispatchApiClient
{
    public static async Task<HttpClient> AsDispatcherAsync(HubFactory hub) =>
        await AsAsync(hub, await TestPeople.CreateAsync(hub.Services, Roles.Dispatcher));

    public static async Task<HttpClient> AsAsync(HubFactory hub, AppUser user)
    {
        var client = hub.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await TokenClient.GetTokenAsync(client, user.UserName!, TestPeople.Password));
        return client;
    }

    public static Task<HttpResponseMessage> SubmitAsync(HttpClient client, object body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    public static object Job(int customerId, string skill = "appliance-repair", string priority = "high") => new
    {
        customerId,
        symptoms = "The washing machine stops mid-cycle and shows E21.",
        latitude = 45.5120,
        longitude = -122.6400,
        addressText = "3214 SE Hawthorne Blvd, Portland 97214",
        priority,
        skillNeeded = skill,
    };

    public static async Task<(long Id, int Version)> CreateJobAsync(HttpClient dispatcher, int customerId, string skill = "appliance-repair")
    {
        var response = await SubmitAsync(dispatcher, Job(customerId, skill), Guid.NewGuid().ToString());
        response.EnsureSuccessStatusCode();
        var job = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (job.GetProperty("jobId").GetInt64(), job.GetProperty("version").GetInt32());
    }

    public static Task<HttpResponseMessage> MoveAsync(HttpClient client, long jobId, int version, string move, int? technicianId = null, string? reason = null, string? overrideReason = null) =>
        client.PostAsJsonAsync($"/api/jobs/{jobId}/moves", new { expectedVersion = version, move, technicianId, reason, overrideReason });
}
