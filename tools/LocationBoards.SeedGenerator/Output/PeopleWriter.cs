using System.Globalization;
using LocationBoards.SeedGenerator.Business;
using LocationBoards.SeedGenerator.People;

namespace LocationBoards.SeedGenerator.Output;

/// <summary>customers.json and users.json.</summary>
internal static class PeopleWriter
{
    public static void WriteCustomers(string path, IReadOnlyList<CustomerPlan> customers) => JsonFile.Write(path, w =>
    {
        w.WriteStartArray();
        foreach (var c in customers)
        {
            w.WriteStartObject();
            w.WriteString("ref", c.Ref);
            w.WriteString("firstName", c.FirstName);
            w.WriteString("lastName", c.LastName);
            if (c.Email is not null)
            {
                w.WriteString("email", c.Email);
            }

            w.WritePropertyName("phones");
            w.WriteRawValue("[" + string.Join(", ", c.Phones.Select(p => $"{{ \"number\": \"{p.Number}\", \"label\": \"{p.Label}\" }}")) + "]");
            w.WritePropertyName("billing");
            w.WriteRawValue(Address(c.Billing, withLabel: false));
            w.WritePropertyName("deliveryAddresses");
            w.WriteRawValue("[" + string.Join(", ", c.DeliveryAddresses.Select(a => Address(a, withLabel: true))) + "]");
            w.WriteBoolean("prefersPerson", c.PrefersPerson);
            w.WritePropertyName("owns");
            w.WriteRawValue("[" + string.Join(", ", c.Owns.Select(o => string.Create(
                CultureInfo.InvariantCulture, $"{{ \"sku\": \"{o.Sku}\", \"acquiredOn\": \"{o.AcquiredOn:yyyy-MM-dd}\", \"serial\": \"{o.Serial}\" }}"))) + "]");
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    public static void WriteUsers(string path, IReadOnlyList<UserPlan> users) => JsonFile.Write(path, w =>
    {
        w.WriteStartArray();
        foreach (var u in users)
        {
            w.WriteStartObject();
            w.WriteString("userName", u.UserName);
            w.WriteString("displayName", u.DisplayName);
            w.WriteString("email", u.Email);
            w.WriteString("password", u.Password);
            w.WritePropertyName("roles");
            w.WriteRawValue("[" + string.Join(", ", u.Roles.Select(r => $"\"{r}\"")) + "]");
            if (u.StaffOf is not null)
            {
                w.WriteString("staffOf", u.StaffOf);
            }

            if (u.Supervises is not null)
            {
                w.WritePropertyName("supervises");
                w.WriteRawValue("[" + string.Join(", ", u.Supervises.Select(s => $"\"{s}\"")) + "]");
            }

            if (u.Customer is not null)
            {
                w.WriteString("customer", u.Customer);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    private static string Address(AddressPlan a, bool withLabel) =>
        (withLabel ? $"{{ \"label\": \"{a.Label}\", " : "{ ")
        + $"\"street\": \"{a.Street}\", \"city\": \"{a.City}\", \"postcode\": \"{a.Postcode}\" }}";
}
