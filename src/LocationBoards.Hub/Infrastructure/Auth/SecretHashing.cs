using System.Security.Cryptography;
using System.Text;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>One-time codes and device secrets are stored only as hashes.</summary>
public static class SecretHashing
{
    /// <summary>Unambiguous letters and digits (no 0/O, 1/I/L) for codes a person types.</summary>
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string? hash) =>
        hash is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(hash));

    /// <summary>A code of 8 characters (about 39 bits), shown as "K7QX-3MPA".</summary>
    public static string NewPairingCode()
    {
        var chars = new char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }

        return $"{new string(chars, 0, 4)}-{new string(chars, 4, 4)}";
    }

    /// <summary>Upper-case, without spaces or dashes, so "k7qx 3mpa" matches "K7QX-3MPA".</summary>
    public static string NormalisePairingCode(string? typed) =>
        new string((typed ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray()) is { Length: 8 } code
            ? $"{code[..4]}-{code[4..]}"
            : string.Empty;

    public static string NewDeviceSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
