using System.Net;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Access;

public class TechnicianAppAccessTests
{
    [Fact]
    public async Task A_technician_starts_on_the_phone_app_whose_shell_holds_no_customer_data()
    {
        using var hub = new HubFactory();
        var location = await TestLocations.AddAsync(hub.Store);
        var (technician, user) = await TestTechnicians.AddAsync(hub, location.Id, ["appliance-repair"]);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, user.UserName!, TestPeople.Password);

        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("/tech", BrowserLikeClient.RedirectPath(home));

        var page = await client.GetAsync(new Uri("/tech", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"data-technician-id=\"{technician.Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("TechApp.razor", html, StringComparison.Ordinal);
        Assert.Contains("Loading your jobs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_who_is_not_a_technician_is_refused_the_phone_app()
    {
        using var hub = new HubFactory();
        var person = await TestPeople.CreateAsync(hub.Services, Roles.Client);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, person.UserName!, TestPeople.Password);

        var page = await client.GetAsync(new Uri("/tech", UriKind.Relative));

        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("data-tech-app", html, StringComparison.Ordinal);
        Assert.Contains("Not allowed", html, StringComparison.Ordinal);
    }
}
