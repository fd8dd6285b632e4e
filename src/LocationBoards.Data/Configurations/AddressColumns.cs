using LocationBoards.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

/// <summary>A postal address stored as columns of its owner, prefixed ("BillingStreet", "DeliveryCity").</summary>
internal static class AddressColumns
{
    public static Action<OwnedNavigationBuilder<TOwner, PostalAddress>> Map<TOwner>(string prefix)
        where TOwner : class => address =>
    {
        address.Property(a => a.Street).HasColumnName(prefix + "Street").HasMaxLength(200);
        address.Property(a => a.City).HasColumnName(prefix + "City").HasMaxLength(100);
        address.Property(a => a.Postcode).HasColumnName(prefix + "Postcode").HasMaxLength(20);
    };
}
