namespace LocationBoards.Hub.Features.Phone;

/// <summary>Bound from "Phone". Without a webhook secret the phone line refuses every request (403).</summary>
public sealed class PhoneOptions
{
    public const string Section = "Phone";

    /// <summary>The provider's auth token: requests are signed with it (HMAC-SHA1 of the URL and form fields).</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// The webhook's public URL exactly as configured at the provider (e.g. https://hub.example.com/api/phone/voice),
    /// needed to check signatures behind a proxy; when empty the request's own URL is used.
    /// </summary>
    public string? PublicUrl { get; set; }

    /// <summary>Where callers are transferred to reach a person (E.164), e.g. the support desk.</summary>
    public string SupportNumber { get; set; } = "+15035550100";

    /// <summary>The voice the provider reads with.</summary>
    public string Voice { get; set; } = "alice";
}
