using System.Net;
using System.Net.Http.Json;
using LocationBoards.Core.Access;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Access;

public class SignInTests
{
    [Fact]
    public async Task A_person_who_signs_in_is_sent_to_their_start_page()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = BrowserLikeClient.Create(hub);

        var signedIn = await BrowserLikeClient.SignInAsync(client, admin.UserName!, TestPeople.Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var home = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/admin/locations", BrowserLikeClient.RedirectPath(home));
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = BrowserLikeClient.Create(hub);

        var wrongPassword = await BrowserLikeClient.SignInAsync(client, admin.UserName!, "not-the-password");
        var unknownUser = await BrowserLikeClient.SignInAsync(client, "nobody-at-all", TestPeople.Password);

        Assert.Equal(HttpStatusCode.OK, wrongPassword.StatusCode);
        Assert.Contains("user name or password is wrong", await wrongPassword.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("user name or password is wrong", await unknownUser.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_token_request_with_a_wrong_password_gets_401_without_a_hint()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = hub.CreateClient();

        var wrongPassword = await client.PostAsJsonAsync("/api/auth/token", new { userName = admin.UserName, password = "wrong-password-1" });
        var unknownUser = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody-at-all", password = "wrong-password-1" });

        Assert.Equal(HttpStatusCode.Unauthorized, wrongPassword.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknownUser.StatusCode);
        Assert.Equal(
            (await wrongPassword.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["detail"].ToString(),
            (await unknownUser.Content.ReadFromJsonAsync<Dictionary<string, object>>())!["detail"].ToString());
    }

    [Fact]
    public async Task A_bearer_token_works_until_its_user_is_disabled()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = hub.CreateClient();
        var token = await TokenClient.GetTokenAsync(client, admin.UserName!, TestPeople.Password);
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);

        await TestPeople.DisableAsync(hub.Services, admin.Id);
        hub.Forget(admin.Id);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/auth/me", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_expired_or_forged_token_gets_401()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        using var client = hub.CreateClient();
        var expired = TokenClient.ForgeToken(hub, admin, expires: DateTime.UtcNow.AddMinutes(-5));
        var forged = TokenClient.ForgeToken(hub, admin, expires: DateTime.UtcNow.AddMinutes(5), signingKey: new byte[32]);

        foreach (var token in new[] { expired, forged })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
            request.Headers.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(request)).StatusCode);
        }
    }

    [Fact]
    public async Task A_disabled_person_cannot_sign_in()
    {
        using var hub = new HubFactory();
        var admin = await TestPeople.CreateAsync(hub.Services, Roles.Admin);
        await TestPeople.DisableAsync(hub.Services, admin.Id);
        using var client = BrowserLikeClient.Create(hub);

        var response = await BrowserLikeClient.SignInAsync(client, admin.UserName!, TestPeople.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("user name or password is wrong", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
