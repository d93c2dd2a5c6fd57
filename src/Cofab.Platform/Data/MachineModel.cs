using Cofab.Core.Members;
using Cofab.Core.Resources;
using Cofab.Platform.Features.Machines;
using Microsoft.EntityFrameworkCore;

namespace Cofab.Platform.Data;

internal static class MachineModel
{
    public const int MaxAgentUrlLength = 500;
    public const int MaxDeviceLength = 100;
    public const int MaxMqttKeyLength = 64;

    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<MachineConnection>(c =>
        {
            c.Property(x => x.AgentUrl).HasMaxLength(MaxAgentUrlLength);
            c.Property(x => x.Device).HasMaxLength(MaxDeviceLength);
            c.Property(x => x.MqttKey).HasMaxLength(MaxMqttKeyLength);
            c.HasIndex(x => x.ResourceId).IsUnique();
            // An MQTT key names one machine within its enterprise's topic; the filter keeps agent rows out of it.
            c.HasIndex(x => new { x.EnterpriseId, x.MqttKey }).IsUnique().HasFilter("\"MqttKey\" IS NOT NULL");
            c.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseId).OnDelete(DeleteBehavior.Cascade);
            c.HasOne<Resource>().WithMany().HasForeignKey(x => x.ResourceId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MachineStateRecord>(i =>
        {
            i.ToTable("MachineStateIntervals");
            i.HasIndex(x => new { x.ResourceId, x.Start });
            i.HasIndex(x => new { x.ConnectionId, x.Start });
            i.HasOne<MachineConnection>().WithMany().HasForeignKey(x => x.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<MachineLatestStatus>(s =>
        {
            s.ToTable("MachineStatuses");
            s.HasKey(x => x.ConnectionId);
            s.Property(x => x.Availability).HasMaxLength(32);
            s.Property(x => x.Execution).HasMaxLength(32);
            s.Property(x => x.ControllerMode).HasMaxLength(32);
            s.HasIndex(x => x.EnterpriseId);
            s.HasOne<MachineConnection>().WithOne().HasForeignKey<MachineLatestStatus>(x => x.ConnectionId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
