using LocationBoards.Core.Access;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Features.Admin.Users;
using LocationBoards.Hub.Infrastructure.Auth;
using LocationBoards.Hub.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocationBoards.Hub.Tests.Admin;

public class UserAdministrationTests
{
    private const string GoodPassword = "Correct-horse-42";

    [Fact]
    public async Task Creating_location_staff_needs_one_location_and_creates_nothing_without_it()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var people = services.Get<UserAdministration>();
        var draft = NewPerson("sam", Roles.LocationStaff);

        var refused = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);
        var stillNothing = await CountUsersAsync(services);
        draft.Access.StaffOfLocationId = location.Id;
        var created = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.Equal("Location staff work at exactly one location: choose it.", refused.ErrorFor(UserAccessRules.StaffOfField));
        Assert.Equal(0, stillNothing);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        var row = Assert.Single(await people.ListAsync(AdminTestServices.Admin(), CancellationToken.None));
        Assert.Equal(("sam", "Sam Rivera", $"Staff of {location.Name}"), (row.UserName, row.DisplayName, row.Locations));
        Assert.Equal([Roles.LocationStaff], row.Roles);
    }

    [Fact]
    public async Task A_supervisor_oversees_one_or_more_locations()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var pearl = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var hawthorne = await AdminTestData.AddLocationAsync(services.Store, "hawthorne");
        var people = services.Get<UserAdministration>();
        var draft = NewPerson("kim", Roles.Supervisor);

        var refused = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);
        draft.Access.SupervisedLocationIds = [pearl.Id, hawthorne.Id];
        var created = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.NotNull(refused.ErrorFor(UserAccessRules.SupervisesField));
        Assert.True(created.Succeeded);
        var user = await FindAsync(services, "kim");
        var access = (await people.LoadAccessAsync(AdminTestServices.Admin(), user.Id, CancellationToken.None))!;
        Assert.Equal([pearl.Id, hawthorne.Id], access.Access.SupervisedLocationIds.Order());
    }

    [Fact]
    public async Task Identitys_password_and_user_name_errors_come_back_by_field()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var people = services.Get<UserAdministration>();
        Assert.True((await people.CreateAsync(AdminTestServices.Admin(), NewPerson("sam", Roles.Admin), CancellationToken.None)).Succeeded);
        var draft = NewPerson("sam", Roles.Admin);
        draft.Password = "short";

        var weak = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);
        draft.Password = GoodPassword;
        var duplicate = await people.CreateAsync(AdminTestServices.Admin(), draft, CancellationToken.None);

        Assert.Contains("at least 10 characters", weak.ErrorFor("Password"), StringComparison.Ordinal);
        Assert.Contains("sam", duplicate.ErrorFor("UserName"), StringComparison.Ordinal);
        Assert.Equal(1, await CountUsersAsync(services));
    }

    [Fact]
    public async Task Disabling_a_person_changes_their_security_stamp_so_their_sessions_end()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var people = services.Get<UserAdministration>();
        await people.CreateAsync(AdminTestServices.Admin(), NewPerson("sam", Roles.Admin), CancellationToken.None);
        var before = await FindAsync(services, "sam");
        var validity = services.Get<UserValidity>();
        Assert.True(await validity.IsStillValidAsync(before.Id, before.SecurityStamp, CancellationToken.None));

        var outcome = await people.SetDisabledAsync(AdminTestServices.Admin(), before.Id, disabled: true, CancellationToken.None);

        Assert.True(outcome.Succeeded);
        var after = await FindAsync(services, "sam");
        Assert.True(after.IsDisabled);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.False(await validity.IsStillValidAsync(before.Id, before.SecurityStamp, CancellationToken.None));
        Assert.True((await people.SetDisabledAsync(AdminTestServices.Admin(), before.Id, disabled: false, CancellationToken.None)).Succeeded);
        Assert.False((await FindAsync(services, "sam")).IsDisabled);
    }

    [Fact]
    public async Task An_admin_cannot_disable_themselves()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var people = services.Get<UserAdministration>();
        await people.CreateAsync(AdminTestServices.Admin(), NewPerson("boss", Roles.Admin), CancellationToken.None);
        var boss = await FindAsync(services, "boss");

        var outcome = await people.SetDisabledAsync(AdminTestServices.Admin(boss.Id), boss.Id, disabled: true, CancellationToken.None);

        Assert.Equal("You cannot disable your own account; ask another admin to do it.", outcome.Problem);
        var after = await FindAsync(services, "boss");
        Assert.False(after.IsDisabled);
        Assert.Equal(boss.SecurityStamp, after.SecurityStamp);
    }

    [Fact]
    public async Task An_admin_cannot_remove_their_own_admin_role_but_can_change_someone_elses()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");
        var people = services.Get<UserAdministration>();
        await people.CreateAsync(AdminTestServices.Admin(), NewPerson("boss", Roles.Admin), CancellationToken.None);
        await people.CreateAsync(AdminTestServices.Admin(), NewPerson("other", Roles.Admin), CancellationToken.None);
        var boss = await FindAsync(services, "boss");
        var other = await FindAsync(services, "other");

        var own = (await people.LoadAccessAsync(AdminTestServices.Admin(boss.Id), boss.Id, CancellationToken.None))!;
        own.Access.Roles = [Roles.LocationStaff];
        own.Access.StaffOfLocationId = location.Id;
        var refused = await people.UpdateAccessAsync(AdminTestServices.Admin(boss.Id), own, CancellationToken.None);
        var theirs = (await people.LoadAccessAsync(AdminTestServices.Admin(boss.Id), other.Id, CancellationToken.None))!;
        theirs.Access.Roles = [Roles.LocationStaff];
        theirs.Access.StaffOfLocationId = location.Id;
        var changed = await people.UpdateAccessAsync(AdminTestServices.Admin(boss.Id), theirs, CancellationToken.None);

        Assert.Equal("You cannot remove your own Admin role; ask another admin to do it.", refused.ErrorFor(UserAccessRules.RolesField));
        Assert.True(changed.Succeeded, string.Join("; ", changed.Errors.Values) + changed.Problem);
        var rows = await people.ListAsync(AdminTestServices.Admin(boss.Id), CancellationToken.None);
        Assert.Equal([Roles.Admin], rows.Single(r => r.UserName == "boss").Roles);
        Assert.Equal([Roles.LocationStaff], rows.Single(r => r.UserName == "other").Roles);
        Assert.NotEqual(other.SecurityStamp, (await FindAsync(services, "other")).SecurityStamp);
    }

    [Fact]
    public async Task A_reset_password_must_meet_the_rules_and_then_signs_in()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var people = services.Get<UserAdministration>();
        await people.CreateAsync(AdminTestServices.Admin(), NewPerson("sam", Roles.Admin), CancellationToken.None);
        var sam = await FindAsync(services, "sam");

        var weak = await people.ResetPasswordAsync(AdminTestServices.Admin(), sam.Id, "123", CancellationToken.None);
        var reset = await people.ResetPasswordAsync(AdminTestServices.Admin(), sam.Id, "A-new-long-password-7", CancellationToken.None);

        Assert.NotNull(weak.ErrorFor("Password"));
        Assert.True(reset.Succeeded);
        await using var scope = services.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByNameAsync("sam"))!, "A-new-long-password-7"));
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_cannot_create_people()
    {
        await using var services = await AdminTestServices.CreateAsync();
        var location = await AdminTestData.AddLocationAsync(services.Store, "pearl");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => services.Get<UserAdministration>()
            .CreateAsync(AdminTestServices.Supervisor(location.Id), NewPerson("sneaky", Roles.Admin), CancellationToken.None));
        Assert.Equal(0, await CountUsersAsync(services));
    }

    private static NewUserDraft NewPerson(string userName, string role) => new()
    {
        UserName = userName,
        DisplayName = userName == "sam" ? "Sam Rivera" : $"Person {userName}",
        Email = $"{userName}@example.com",
        Password = GoodPassword,
        Access = new UserAccessChoice { Roles = [role] },
    };

    private static async Task<int> CountUsersAsync(AdminTestServices services)
    {
        await using var db = services.Store.CreateDbContext();
        return await db.Users.CountAsync();
    }

    private static async Task<AppUser> FindAsync(AdminTestServices services, string userName)
    {
        await using var db = services.Store.CreateDbContext();
        return await db.Users.AsNoTracking().SingleAsync(u => u.UserName == userName);
    }
}
