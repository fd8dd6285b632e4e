using LocationBoards.Hub.Infrastructure.Startup;
using LocationBoards.Hub.Infrastructure.Storage;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>The key that signs and checks bearer tokens: from configuration, or kept in the data directory.</summary>
public sealed class TokenSigningKey
{
    public TokenSigningKey(IOptions<TokenOptions> options, DataDirectory dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var configured = options.Value.SigningKey;
        byte[] bytes;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            bytes = Decode(configured, $"{TokenOptions.Section}:SigningKey");
        }
        else
        {
            var path = dataDirectory.ResolveAndCreateFolder("token-signing.key");
            if (!File.Exists(path))
            {
                File.WriteAllText(path, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            }

            bytes = Decode(File.ReadAllText(path).Trim(), path);
        }

        Key = new SymmetricSecurityKey(bytes) { KeyId = "locationboards" };
    }

    public SymmetricSecurityKey Key { get; }

    private static byte[] Decode(string base64, string source)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException ex)
        {
            throw new StartupFailureException($"The token signing key in {source} is not base64.", ex);
        }

        return bytes.Length >= 32
            ? bytes
            : throw new StartupFailureException($"The token signing key in {source} is too short: give at least 32 bytes (base64).");
    }
}
