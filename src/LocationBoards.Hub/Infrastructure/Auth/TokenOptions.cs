using System.ComponentModel.DataAnnotations;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Bearer tokens for API and hub clients. Bound from "Auth:Tokens".</summary>
public sealed class TokenOptions
{
    public const string Section = "Auth:Tokens";

    public const string Issuer = "LocationBoards";

    public const string Audience = "LocationBoards";

    /// <summary>
    /// Base64 of at least 32 random bytes. When empty, the hub creates one in its data directory on first
    /// start; several hub nodes must share one, so set it explicitly there.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Short on purpose: a token of a disabled user stops working within this.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(15);
}
