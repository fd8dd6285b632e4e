using System.Security.Cryptography;
using System.Text;

namespace LocationBoards.Hub.Features.Phone;

/// <summary>
/// The provider's request signature: base64 of HMAC-SHA1, keyed with the shared secret, over the full
/// URL followed by every form field's name and value, sorted by name. Compared in constant time.
/// </summary>
public static class ProviderSignature
{
    public const string Header = "X-Twilio-Signature";

    public static string Compute(string secret, string url, IEnumerable<KeyValuePair<string, string>> form)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(form);
        var data = new StringBuilder(url);
        foreach (var (name, value) in form.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            data.Append(name).Append(value);
        }

#pragma warning disable CA5350 // The provider chose HMAC-SHA1 for its signatures; we can only check what it sends.
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }

    public static bool IsValid(string? secret, string url, IEnumerable<KeyValuePair<string, string>> form, string? signature)
    {
        if (string.IsNullOrEmpty(secret) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Compute(secret, url, form));
        var given = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
