using LocationBoards.Core.Dispatch;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LocationBoards.Data.Configurations;

internal sealed class TechnicianSkillConfiguration : IEntityTypeConfiguration<TechnicianSkill>
{
    public void Configure(EntityTypeBuilder<TechnicianSkill> builder)
    {
        builder.HasKey(s => new { s.TechnicianId, s.Skill });
        builder.Property(s => s.Skill).HasMaxLength(TechnicianSkill.MaxSkillLength);
    }
}
