using LocationBoards.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class CustomerPhoneConfiguration : IEntityTypeConfiguration<CustomerPhone>
{
    public void Configure(EntityTypeBuilder<CustomerPhone> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(16);
        builder.Property(p => p.Label).HasMaxLength(30);

        // Recognising a client by phone is the kiosk's and the phone line's first step: it must be an index seek.
        builder.HasIndex(p => p.Number);
        builder.HasIndex(p => new { p.CustomerId, p.Number }).IsUnique();
    }
}
