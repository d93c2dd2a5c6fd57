namespace Cofab.Core.Resources;

/// <summary>A window of idle capacity the owner publishes for others to book.</summary>
public sealed class IdleWindow
{
    public DateTimeOffset Start { get; set; }
    public DateTimeOffset End { get; set; }
    public string? Note { get; set; }
}
