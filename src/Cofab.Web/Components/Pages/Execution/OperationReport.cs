namespace Cofab.Web.Components.Pages.Execution;

/// <summary>What the provider typed into one operation's progress form.</summary>
public sealed record OperationReport(int Index, int Good, int Scrap, string? Note, bool Finish);
