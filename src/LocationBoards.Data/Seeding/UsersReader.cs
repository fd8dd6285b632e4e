using System.Globalization;
using LocationBoards.Core.Access;
using LocationBoards.Core.Customers;
using LocationBoards.Core.Locations;
using LocationBoards.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace LocationBoards.Data.Seeding;

/// <summary>users.json: demo users with roles and, for staff and supervisors, their locations; for clients, their customer record.</summary>
internal static class UsersReader
{
    private const string File = SeedFiles.Users;

    public static async Task<IReadOnlyList<UserSeed>> ReadAsync(
        string folder, IReadOnlyDictionary<string, FulfilmentLocation> locations, IReadOnlyDictionary<string, Customer> customers, UserManager<AppUser> users)
    {
        var records = SeedFiles.ReadJson<List<UserRecord>>(folder, File);
        var seeds = new List<UserSeed>();
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            var where = string.Create(CultureInfo.InvariantCulture, $"$[{i}] ({r.UserName})");
            if (string.IsNullOrWhiteSpace(r.UserName) || seeds.Exists(s => string.Equals(s.User.UserName, r.UserName, StringComparison.OrdinalIgnoreCase)))
            {
                throw SeedDataException.AtPath(File, where, "userName", "is empty or used twice");
            }

            var unknownRole = r.Roles.FirstOrDefault(role => !Roles.All.Contains(role));
            if (r.Roles.Count == 0 || unknownRole is not null)
            {
                throw SeedDataException.AtPath(File, where, "roles", $"must name at least one of {string.Join(", ", Roles.All)}{(unknownRole is null ? string.Empty : $"; \"{unknownRole}\" is not one")}");
            }

            var user = new AppUser { UserName = r.UserName, DisplayName = r.DisplayName, Email = r.Email, EmailConfirmed = r.Email is not null };
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, r.Password);
                if (!result.Succeeded)
                {
                    throw SeedDataException.AtPath(File, where, "password", string.Join(" ", result.Errors.Select(e => e.Description)));
                }
            }

            FulfilmentLocation? staffOf = null;
            if (r.Roles.Contains(Roles.LocationStaff))
            {
                staffOf = r.StaffOf is not null && locations.TryGetValue(r.StaffOf, out var l) ? l
                    : throw SeedDataException.AtPath(File, where, "staffOf", $"\"{r.StaffOf}\" is not a location code in {SeedFiles.Locations} (LocationStaff needs one)");
            }

            var supervises = r.Supervises.Select(code => locations.TryGetValue(code, out var l) ? l
                : throw SeedDataException.AtPath(File, where, "supervises", $"\"{code}\" is not a location code in {SeedFiles.Locations}")).Distinct().ToList();
            if (r.Roles.Contains(Roles.Supervisor) && supervises.Count == 0)
            {
                throw SeedDataException.AtPath(File, where, "supervises", "a Supervisor needs at least one location");
            }

            Customer? customer = null;
            if (r.Roles.Contains(Roles.Client))
            {
                customer = r.Customer is not null && customers.TryGetValue(r.Customer, out var c) ? c
                    : throw SeedDataException.AtPath(File, where, "customer", $"\"{r.Customer}\" is not a customer ref in {SeedFiles.Customers} (a Client needs one)");
            }

            seeds.Add(new UserSeed(user, r.Password, r.Roles, staffOf, supervises, customer));
        }

        return seeds;
    }
}
