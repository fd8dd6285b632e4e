using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocationBoards.Hub.Infrastructure.Auth;

/// <summary>Writes short-lived bearer tokens carrying a signed-in person's claims.</summary>
public sealed class TokenIssuer(TokenSigningKey signingKey, IOptions<TokenOptions> options, TimeProvider clock)
{
    public IssuedToken Issue(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + options.Value.Lifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = TokenOptions.Issuer,
            Audience = TokenOptions.Audience,
            Subject = new ClaimsIdentity(principal.Claims),
            NotBefore = now,
            IssuedAt = now,
            Expires = expires,
            SigningCredentials = new SigningCredentials(signingKey.Key, SecurityAlgorithms.HmacSha256),
        };
        return new IssuedToken(new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }
}
