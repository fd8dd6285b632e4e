using System.Security.Claims;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Support;

/// <summary>People made for one test, the way the admin screen makes them.</summary>
public static class TestPeople
{
    public const string Password = "test-password-123";

    public static async Task<AppUser> CreateAsync(IServiceProvider services, string role, params (string Type, string Value)[] claims)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            Check(await roles.CreateAsync(new IdentityRole(role)));
        }

        var user = new AppUser { UserName = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24], DisplayName = $"Test {role}" };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRoleAsync(user, role));
        foreach (var (type, value) in claims)
        {
            Check(await users.AddClaimAsync(user, new Claim(type, value)));
        }

        return user;
    }

    public static async Task DisableAsync(IServiceProvider services, string userId)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("No such user.");
        user.IsDisabled = true;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
