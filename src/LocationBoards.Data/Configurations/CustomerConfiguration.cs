using LocationBoards.Core.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Property(c => c.FirstName).HasMaxLength(80);
        builder.Property(c => c.LastName).HasMaxLength(80);
        builder.Property(c => c.Email).HasMaxLength(200);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);
        builder.OwnsOne(c => c.BillingAddress, AddressColumns.Map<Customer>("Billing"));
        builder.Navigation(c => c.BillingAddress).IsRequired();
        builder.HasMany(c => c.Phones).WithOne().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.DeliveryAddresses).WithOne().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.OwnedProducts).WithOne().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.ServicesHeld).WithOne().HasForeignKey(s => s.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}
