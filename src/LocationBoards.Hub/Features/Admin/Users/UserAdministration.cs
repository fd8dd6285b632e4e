using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Data;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using LocationBoards.Hub.Realtime;
using Microsoft.Extensions.Options;

namespace LocationBoards.Hub.Features.Admin.Users;

/// <summary>
/// People and what they may do: list, create with roles and locations, change access, disable or enable,
/// reset a password. Identity's services are scoped, so each call makes its own scope; every change ends
/// the person's open sessions (new security stamp) and drops this node's cached answer about them.
/// </summary>
public sealed partial class UserAdministration(
    IServiceScopeFactory scopes,
    UserValidity validity,
    LiveConnections connections,
    IOptions<IdentityOptions> identityOptions,
    ILogger<UserAdministration> logger)
{
    public const string ConflictMessage = "Someone else changed this person while you were editing; reload and try again. Nothing was saved.";

    public async Task<IReadOnlyList<UserRow>> ListAsync(ClaimsPrincipal admin, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        var me = UserIdOf(admin);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var roles = await (
                from ur in db.UserRoles.AsNoTracking()
                join r in db.Roles.AsNoTracking() on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == LocationClaims.StaffOf || c.ClaimType == LocationClaims.Supervises)
            .Select(c => new { c.UserId, c.ClaimType, c.ClaimValue })
            .ToListAsync(cancellationToken);
        var names = await db.Locations.AsNoTracking().ToDictionaryAsync(l => l.Id.ToString(CultureInfo.InvariantCulture), l => l.Name, cancellationToken);

        string Place(string? id) => id is not null && names.TryGetValue(id, out var name) ? name : $"unknown location {id}";
        return
        [
            .. users.Select(u =>
            {
                var mine = claims.Where(c => c.UserId == u.Id).ToList();
                var staffOf = mine.Where(c => c.ClaimType == LocationClaims.StaffOf).Select(c => $"Staff of {Place(c.ClaimValue)}");
                var supervised = mine.Where(c => c.ClaimType == LocationClaims.Supervises).Select(c => Place(c.ClaimValue)).Order().ToList();
                var places = staffOf.Concat(supervised.Count > 0 ? [$"Supervises {string.Join(", ", supervised)}"] : []);
                return new UserRow(
                    u.Id,
                    u.UserName ?? string.Empty,
                    u.DisplayName,
                    u.Email,
                    [.. roles.Where(r => r.UserId == u.Id && r.Name is not null).Select(r => r.Name!).Order()],
                    string.Join(" · ", places),
                    u.IsDisabled,
                    u.Id == me);
            }),
        ];
    }

    public async Task<UserAccessDraft?> LoadAccessAsync(ClaimsPrincipal admin, string userId, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return null;
        }

        var claims = await users.GetClaimsAsync(user);
        return new UserAccessDraft
        {
            UserId = user.Id,
            UserName = user.UserName ?? string.Empty,
            DisplayName = user.DisplayName,
            Email = user.Email ?? string.Empty,
            ConcurrencyStamp = user.ConcurrencyStamp,
            Access = new UserAccessChoice
            {
                Roles = [.. await users.GetRolesAsync(user)],
                StaffOfLocationId = claims.Where(c => c.Type == LocationClaims.StaffOf).Select(c => ParseId(c.Value)).FirstOrDefault(id => id is not null),
                SupervisedLocationIds = [.. claims.Where(c => c.Type == LocationClaims.Supervises).Select(c => ParseId(c.Value)).OfType<int>()],
            },
        };
    }

    /// <summary>Creates the person with their roles and location claims in one transaction, or nothing.</summary>
    public async Task<SaveOutcome> CreateAsync(ClaimsPrincipal admin, NewUserDraft draft, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        ArgumentNullException.ThrowIfNull(draft);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(draft.UserName))
        {
            errors[nameof(draft.UserName)] = "Give a user name to sign in with, e.g. sam.rivera.";
        }

        UserAccessRules.CheckProfile(draft.DisplayName, draft.Email, errors);
        UserAccessRules.CheckAccess(draft.Access, await KnownLocationsAsync(db, cancellationToken), errors);
        foreach (var (field, message) in await UserAccessGrants.PasswordProblemsAsync(users, draft.Password))
        {
            errors.TryAdd(field, message);
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new AppUser
        {
            UserName = draft.UserName.Trim(),
            DisplayName = draft.DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(draft.Email) ? null : draft.Email.Trim(),
        };
        var created = await users.CreateAsync(user, draft.Password);
        if (!created.Succeeded)
        {
            return SaveOutcome.Invalid(IdentityErrorFields.ByField(created.Errors));
        }

        if (await UserAccessGrants.GrantAsync(scope.ServiceProvider, user, draft.Access) is { } problem)
        {
            return SaveOutcome.Refused(problem);
        }

        await transaction.CommitAsync(cancellationToken);
        LogCreated(logger, user.Id);
        return SaveOutcome.Saved(0, 0);
    }

    /// <summary>Changes name, email, roles and locations; an admin may not take away their own Admin role.</summary>
    public async Task<SaveOutcome> UpdateAccessAsync(ClaimsPrincipal admin, UserAccessDraft draft, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        ArgumentNullException.ThrowIfNull(draft);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(draft.UserId);
        if (user is null)
        {
            return SaveOutcome.Refused("This person no longer exists; nothing was saved.");
        }

        if (user.ConcurrencyStamp != draft.ConcurrencyStamp)
        {
            return SaveOutcome.Conflict(ConflictMessage);
        }

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        UserAccessRules.CheckProfile(draft.DisplayName, draft.Email, errors);
        UserAccessRules.CheckAccess(draft.Access, await KnownLocationsAsync(db, cancellationToken), errors);
        if (user.Id == UserIdOf(admin) && !(draft.Access.Roles ?? []).Contains(Roles.Admin))
        {
            errors[UserAccessRules.RolesField] = "You cannot remove your own Admin role; ask another admin to do it.";
        }

        if (errors.Count > 0)
        {
            return SaveOutcome.Invalid(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = draft.DisplayName.Trim();
        user.Email = string.IsNullOrWhiteSpace(draft.Email) ? null : draft.Email.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return updated.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure))
                ? SaveOutcome.Conflict(ConflictMessage)
                : SaveOutcome.Invalid(IdentityErrorFields.ByField(updated.Errors));
        }

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current);
        var oldClaims = (await users.GetClaimsAsync(user)).Where(c => c.Type is LocationClaims.StaffOf or LocationClaims.Supervises).ToList();
        var claimsRemoved = oldClaims.Count == 0 ? IdentityResult.Success : await users.RemoveClaimsAsync(user, oldClaims);
        if (!removed.Succeeded || !claimsRemoved.Succeeded || await UserAccessGrants.GrantAsync(scope.ServiceProvider, user, draft.Access) is not null)
        {
            return SaveOutcome.Refused("The roles could not be changed; nothing was saved. Try again.");
        }

        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        validity.Forget(user.Id);
        connections.CloseAllOf(user.Id);
        LogAccessChanged(logger, user.Id);
        return SaveOutcome.Saved(0, 0);
    }

    /// <summary>Disables (their sessions end at once) or enables a person; nobody may disable themselves.</summary>
    public async Task<SaveOutcome> SetDisabledAsync(ClaimsPrincipal admin, string userId, bool disabled, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        if (disabled && userId == UserIdOf(admin))
        {
            return SaveOutcome.Refused("You cannot disable your own account; ask another admin to do it.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return SaveOutcome.Refused("This person no longer exists.");
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(user);
        }

        validity.Forget(user.Id);
        if (!result.Succeeded)
        {
            return SaveOutcome.Conflict(ConflictMessage);
        }

        if (disabled)
        {
            connections.CloseAllOf(user.Id);
        }

        LogDisabledChanged(logger, user.Id, disabled);
        return SaveOutcome.Saved(0, 0);
    }

    /// <summary>Sets a new password that meets Identity's rules; the person's open sessions end.</summary>
    public async Task<SaveOutcome> ResetPasswordAsync(ClaimsPrincipal admin, string userId, string newPassword, CancellationToken cancellationToken)
    {
        AdminAccess.EnsureAdmin(admin);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return SaveOutcome.Refused("This person no longer exists.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword ?? string.Empty);
        validity.Forget(user.Id);
        if (!result.Succeeded)
        {
            return SaveOutcome.Invalid(IdentityErrorFields.ByField(result.Errors));
        }

        LogPasswordReset(logger, user.Id);
        return SaveOutcome.Saved(0, 0);
    }

    private static async Task<IReadOnlySet<int>> KnownLocationsAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.Locations.AsNoTracking().Select(l => l.Id).ToListAsync(cancellationToken)).ToHashSet();

    private static int? ParseId(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private string? UserIdOf(ClaimsPrincipal user) => user.FindFirstValue(identityOptions.Value.ClaimsIdentity.UserIdClaimType);

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} created")]
    private static partial void LogCreated(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Roles and locations of user {UserId} changed")]
    private static partial void LogAccessChanged(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} disabled: {Disabled}")]
    private static partial void LogDisabledChanged(ILogger logger, string userId, bool disabled);

    [LoggerMessage(Level = LogLevel.Information, Message = "Password of user {UserId} reset by an admin")]
    private static partial void LogPasswordReset(ILogger logger, string userId);
}
