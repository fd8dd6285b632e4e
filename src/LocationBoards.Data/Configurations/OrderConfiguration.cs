using LocationBoards.Core.Customers;
using LocationBoards.Core.Locations;
using LocationBoards.Core.Ordering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Property(o => o.CancelReason).HasMaxLength(300);
        builder.Property(o => o.PlacedBy).HasMaxLength(80);
        builder.Property(o => o.LastMovedBy).HasMaxLength(80);
        builder.Ignore(o => o.IsOpen);
        builder.OwnsOne(o => o.DeliveryAddress, AddressColumns.Map<Order>("Delivery"));
        // The routing decision is read only with its order: one JSON column, the same on both providers.
        builder.OwnsOne(o => o.Routing, routing =>
        {
            routing.ToJson("Routing");
            routing.OwnsMany(r => r.PassedOver);
        });
        builder.Navigation(o => o.Routing).IsRequired();
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<FulfilmentLocation>().WithMany().HasForeignKey(o => o.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Customer>().WithMany().HasForeignKey(o => o.CustomerId).OnDelete(DeleteBehavior.Restrict);

        // The board asks for a location's open orders; usual items read a customer's history.
        builder.HasIndex(o => new { o.LocationId, o.Status });

        // Routing counts the open orders of every location inside the placing transaction.
        builder.HasIndex(o => new { o.Status, o.LocationId });
        builder.HasIndex(o => new { o.CustomerId, o.PlacedUtc });
    }
}
