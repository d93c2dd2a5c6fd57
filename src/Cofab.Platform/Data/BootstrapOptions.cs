namespace Cofab.Platform.Data;

/// <summary>
/// The first operator account, bound from the <c>Bootstrap</c> section. Someone has to approve the first members;
/// on a fresh production database this creates that someone. Leave the password unset to skip.
/// </summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    public string OperatorEmail { get; set; } = "operator@cofab.local";
    public string? OperatorPassword { get; set; }
    public string OperatorEnterpriseName { get; set; } = "Cofab 平台运营方";

    /// <summary>The operator's own unified social credit code; the default is a syntactically valid placeholder.</summary>
    public string OperatorCreditCode { get; set; } = "91330000MA2CFB0P11";

    public string OperatorDivisionCode { get; set; } = "330000";
}
