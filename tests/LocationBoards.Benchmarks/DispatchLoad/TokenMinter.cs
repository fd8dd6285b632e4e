using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LocationBoards.Benchmarks.DispatchLoad;

/// <summary>
/// Bearer tokens for the added technicians. The hub's sign-in is rate-limited (20 a minute), so a thousand phones
/// cannot each sign in within a run. Instead the hub is started with a signing key the load generator chose
/// (<c>Auth__Tokens__SigningKey</c>, the setting several hub nodes share) and one real technician signs in: every
/// added technician gets a copy of that real token with their own user id, name, security stamp and technician id,
/// signed with the same key (HS256). The hub checks these exactly as it checks its own: signature, lifetime, and
/// that the user exists, is enabled and still has that security stamp.
/// </summary>
public sealed class TokenMinter
{
    private readonly byte[] _key;
    private readonly string _header;
    private readonly JsonObject _template;
    private readonly CrewMember _templateMember;

    public TokenMinter(string signingKeyBase64, string realToken, CrewMember templateMember)
    {
        ArgumentNullException.ThrowIfNull(realToken);
        _key = Convert.FromBase64String(signingKeyBase64);
        var parts = realToken.Split('.');
        _header = parts[0];
        _template = (JsonObject)JsonNode.Parse(Base64UrlDecode(parts[1]))!;
        _templateMember = templateMember;
    }

    /// <summary>A new random key, as an operator would generate one.</summary>
    public static string NewSigningKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string For(CrewMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        var payload = new JsonObject();
        foreach (var (name, value) in _template)
        {
            payload[name] = name switch
            {
                TechnicianCrew.TechnicianClaim => member.TechnicianId.ToString(CultureInfo.InvariantCulture),
                "jti" => Guid.NewGuid().ToString(),
                _ when value is JsonValue text && text.TryGetValue<string>(out var s) => Replace(s, member),
                _ => value?.DeepClone(),
            };
        }

        var body = Base64UrlEncode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signed = $"{_header}.{body}";
        var signature = Base64UrlEncode(HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed)));
        return $"{signed}.{signature}";
    }

    private JsonValue Replace(string value, CrewMember member) =>
        JsonValue.Create(
            value == _templateMember.UserId ? member.UserId
            : value == _templateMember.SecurityStamp ? member.SecurityStamp
            : value == _templateMember.UserName ? member.UserName
            : value == _templateMember.DisplayName ? member.DisplayName
            : value)!;

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded + new string('=', (4 - (padded.Length % 4)) % 4));
    }
}
