using LocationBoards.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class DeliveryAddressConfiguration : IEntityTypeConfiguration<DeliveryAddress>
{
    public void Configure(EntityTypeBuilder<DeliveryAddress> builder)
    {
        builder.Property(a => a.Label).HasMaxLength(40);
        builder.OwnsOne(a => a.Address, AddressColumns.Map<DeliveryAddress>(string.Empty));
        builder.Navigation(a => a.Address).IsRequired();
        builder.Ignore(a => a.Position);
    }
}
