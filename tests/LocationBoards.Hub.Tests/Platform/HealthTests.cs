using System.Net;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Platform;

public class HealthTests
{
    [Fact]
    public async Task Health_reports_healthy_when_the_store_is_reachable()
    {
        using var hub = new HubFactory();
        using var client = hub.CreateClient();

        var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_document_is_served()
    {
        using var hub = new HubFactory();
        using var client = hub.CreateClient();

        var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("/api/auth/token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
