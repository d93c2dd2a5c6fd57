namespace Cofab.Core.Execution;

/// <summary>
/// One report of progress on one operation of a work order, kept as history; the running totals live on the
/// operation itself (<see cref="Quotes.WorkOrderOperation.QuantityDone"/> and friends).
/// </summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid OrderId { get; set; }

    /// <summary>Position of the operation in the work order's operations.</summary>
    public int OperationIndex { get; set; }

    public Guid PartId { get; set; }
    public int Step { get; set; }

    /// <summary>Good pieces added by this report.</summary>
    public int GoodQuantity { get; set; }

    /// <summary>Scrapped pieces added by this report.</summary>
    public int ScrapQuantity { get; set; }

    /// <summary>Whether this report declared the operation finished.</summary>
    public bool Finished { get; set; }

    public string? Note { get; set; }
    public ProgressSource Source { get; set; }

    /// <summary>The user who reported; null when the machine's own part counter did.</summary>
    public Guid? ReportedBy { get; set; }

    public DateTimeOffset At { get; set; }
}

/// <summary>Where a progress report came from.</summary>
public enum ProgressSource
{
    /// <summary>A person on the provider's work order page.</summary>
    Ui,

    /// <summary>The provider's own system (MES, ERP) over the API.</summary>
    Api,

    /// <summary>The part counter of a connected machine.</summary>
    Machine,
}
