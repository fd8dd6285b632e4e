using LocationBoards.Hub.Features.Phone;
using LocationBoards.Hub.Tests.Support;

namespace LocationBoards.Hub.Tests.Phone;

/// <summary>Posts what a telephony provider posts: form fields signed with the shared secret.</summary>
internal sealed class PhoneLineClient(HubFactory hub, string callSid, string from, string to = "+15035550199")
{
    public const string Secret = "test-webhook-secret";

    public static HubFactory NewHub()
    {
        var hub = new HubFactory();
        hub.Settings["Phone:WebhookSecret"] = Secret;
        hub.Settings["Phone:SupportNumber"] = "+15035550100";
        return hub;
    }

    public async Task<string> PressAsync(string? digits = null)
    {
        var response = await PostAsync(digits, signed: true);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"The phone line answered {(int)response.StatusCode}: {body}");
        return body;
    }

    public async Task<HttpResponseMessage> PostAsync(string? digits, bool signed, string? signature = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["CallSid"] = callSid,
            ["From"] = from,
            ["To"] = to,
            ["CallStatus"] = "in-progress",
        };
        if (digits is not null)
        {
            fields["Digits"] = digits;
        }

        using var client = hub.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, PhoneEndpoints.VoicePath) { Content = new FormUrlEncodedContent(fields) };
        if (signed)
        {
            request.Headers.Add(ProviderSignature.Header, signature ?? ProviderSignature.Compute(Secret, "http://localhost" + PhoneEndpoints.VoicePath, fields));
        }

        return await client.SendAsync(request);
    }
}
