using LocationBoards.Core.Catalog;
using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class CatalogItemConfiguration : IEntityTypeConfiguration<CatalogItem>
{
    public void Configure(EntityTypeBuilder<CatalogItem> builder)
    {
        builder.HasIndex(i => i.Sku).IsUnique();
        builder.HasIndex(i => i.Category);
        builder.Property(i => i.Sku).HasMaxLength(40);
        builder.Property(i => i.Name).HasMaxLength(120);
        builder.Property(i => i.Category).HasMaxLength(60);
        builder.Property(i => i.Icon).HasMaxLength(200);
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.Property(i => i.SkillNeeded).HasMaxLength(TechnicianSkill.MaxSkillLength);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.Ignore(i => i.Price);
        builder.Ignore(i => i.NeedsStock);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("CK_CatalogItems_Price", "\"PriceMinor\" >= 0");

            // Only a service has a term, of 1 to 120 months, and only a term renews (ServiceTerms.Problem).
            t.HasCheckConstraint(
                "CK_CatalogItems_Term",
                "(\"TermMonths\" IS NULL AND NOT \"Renews\") OR (\"TermMonths\" BETWEEN 1 AND 120 AND \"Kind\" = 'Service')");
        });
    }
}
