using System.Globalization;
using System.Security.Claims;
using LocationBoards.Core.Access;
using LocationBoards.Core.Customers;
using LocationBoards.Data;
using LocationBoards.Data.Identity;
using LocationBoards.Hub.Features.Ordering;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocationBoards.Hub.Features.Online;

/// <summary>
/// Opens client accounts for ordering from home. A phone number already on a customer record is
/// offered back masked; linking to it needs the billing postcode on file as well, so knowing someone's
/// number is not enough to take over their account, history or account charges.
/// </summary>
public sealed partial class ClientRegistration(
    IDbContextFactory<AppDbContext> contexts,
    IServiceScopeFactory scopes,
    OrderingCatalog catalog,
    TimeProvider clock,
    ILogger<ClientRegistration> logger)
{
    public async Task<IReadOnlyList<ExistingRecord>> RecordsWithPhoneAsync(string phone, CancellationToken cancellationToken)
    {
        if (!PhoneNumber.TryNormalise(phone, out var normalised))
        {
            return [];
        }

        var matches = await catalog.CustomersByPhoneAsync(normalised, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = matches.Select(m => m.CustomerId).ToList();
        var streets = await db.Customers.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, Street = c.BillingAddress.Street })
            .ToDictionaryAsync(c => c.Id, c => c.Street, cancellationToken);
        return [.. matches.Select(m => new ExistingRecord(m.CustomerId, m.FirstName, AddressMask.Mask(streets.GetValueOrDefault(m.CustomerId, string.Empty))))];
    }

    /// <summary>Creates the account (and a new customer record, or links the confirmed existing one). Returns the user id, or the problems by field.</summary>
    public async Task<(string? UserId, FieldErrors Errors)> RegisterAsync(
        Registration registration, int? linkCustomerId, string? billingPostcodeCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var errors = Check(registration, linking: linkCustomerId is not null);
        if (errors.Any)
        {
            return (null, errors);
        }

        PhoneNumber.TryNormalise(registration.Phone, out var phone);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByNameAsync(registration.Email.Trim()) is not null)
        {
            errors.Add("email", "There is already an account with this email. Sign in instead.");
            return (null, errors);
        }

        // The user store works on this scope's context: customer and account share one transaction.
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        int customerId;
        if (linkCustomerId is { } existingId)
        {
            var existing = await db.Customers.Include(c => c.Phones).FirstOrDefaultAsync(c => c.Id == existingId, cancellationToken);
            var claimed = await db.UserClaims.AnyAsync(
                c => c.ClaimType == LocationClaims.CustomerId && c.ClaimValue == existingId.ToString(CultureInfo.InvariantCulture), cancellationToken);
            if (existing is null || !existing.Phones.Any(p => p.Number == phone)
                || !string.Equals(existing.BillingAddress.Postcode.Trim(), billingPostcodeCheck?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                errors.Add("billingPostcode", "That does not match the record. Check the postcode you are billed at, or create a new record.");
                return (null, errors);
            }

            if (claimed)
            {
                errors.Add("billingPostcode", "This record already belongs to an online account. Sign in with that account instead.");
                return (null, errors);
            }

            existing.Email ??= registration.Email.Trim();
            customerId = existing.Id;
        }
        else
        {
            var delivery = registration.DeliveryAddress!;
            var customer = new Customer
            {
                FirstName = registration.FirstName.Trim(),
                LastName = registration.LastName.Trim(),
                Email = registration.Email.Trim(),
                BillingAddress = (registration.BillingAddress ?? delivery).ToPostalAddress(),
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                Phones = [new CustomerPhone { Number = phone!, Label = "mobile" }],
                DeliveryAddresses =
                [
                    new DeliveryAddress { Label = "home", Address = delivery.ToPostalAddress(), Latitude = delivery.Point.Latitude, Longitude = delivery.Point.Longitude },
                ],
            };
            db.Customers.Add(customer);
            await db.SaveChangesAsync(cancellationToken);
            customerId = customer.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        var user = new AppUser
        {
            UserName = registration.Email.Trim(),
            Email = registration.Email.Trim(),
            DisplayName = $"{registration.FirstName.Trim()} {registration.LastName.Trim()}",
        };
        var created = await users.CreateAsync(user, registration.Password);
        if (!created.Succeeded)
        {
            foreach (var error in created.Errors)
            {
                errors.Add(error.Code.Contains("Password", StringComparison.Ordinal) ? "password" : "email", error.Description);
            }

            return (null, errors);
        }

        await users.AddToRoleAsync(user, Roles.Client);
        await users.AddClaimAsync(user, new Claim(LocationClaims.CustomerId, customerId.ToString(CultureInfo.InvariantCulture)));
        await transaction.CommitAsync(cancellationToken);
        LogRegistered(logger, customerId, linkCustomerId is not null);
        return (user.Id, errors);
    }

    private static FieldErrors Check(Registration registration, bool linking)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(registration.FirstName) || registration.FirstName.Trim().Length > 80)
        {
            errors.Add("firstName", "Give your first name.");
        }

        if (string.IsNullOrWhiteSpace(registration.LastName) || registration.LastName.Trim().Length > 80)
        {
            errors.Add("lastName", "Give your last name.");
        }

        if (string.IsNullOrWhiteSpace(registration.Email) || !registration.Email.Contains('@', StringComparison.Ordinal) || registration.Email.Length > 200)
        {
            errors.Add("email", "Give your email address; you sign in with it.");
        }

        if (string.IsNullOrEmpty(registration.Password) || registration.Password.Length < 10)
        {
            errors.Add("password", "Choose a password of at least 10 characters.");
        }

        if (!PhoneNumber.TryNormalise(registration.Phone, out _))
        {
            errors.Add("phone", "Give a phone number such as (503) 555-0142.");
        }

        if (!linking && registration.DeliveryAddress is null)
        {
            errors.Add("deliveryAddress", "Pick your address from the suggestions.");
        }

        return errors;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Client account opened for customer {CustomerId} (linked to an existing record: {Linked})")]
    private static partial void LogRegistered(ILogger logger, int customerId, bool linked);
}
