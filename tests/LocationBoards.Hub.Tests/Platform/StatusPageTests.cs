using System.Net;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Platform;

public class StatusPageTests
{
    [Fact]
    public async Task A_signed_in_person_gets_a_readable_not_found_page_with_status_404()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(client, admin.UserName!, TestPeople.Password);

        var response = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is nothing at this address", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_on_another_roles_page_gets_403_and_a_page_that_says_so()
    {
        using var hub = new HubFactory();
        var client = await TestPeople.CreateAsync(hub.Services, Roles.Client, (LocationClaims.CustomerId, "1"));
        using var browser = BrowserLikeClient.Create(hub);
        await BrowserLikeClient.SignInAsync(browser, client.UserName!, TestPeople.Password);

        var response = await browser.GetAsync(new Uri("/admin/phone-transfers", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Your account may not open this page", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
