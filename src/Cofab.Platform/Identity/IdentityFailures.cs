using Cofab.Core.Validation;
using Cofab.Platform.Common;
using Microsoft.AspNetCore.Identity;

namespace Cofab.Platform.Identity;

internal static class IdentityFailures
{
    /// <summary>Identity's error codes name the field they are about; keep that so a form can show the message in place.</summary>
    public static Failure ToFailure(IdentityResult result)
    {
        var errors = new FieldErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code switch
            {
                var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
                var c when c.Contains("Email", StringComparison.Ordinal) || c.Contains("UserName", StringComparison.Ordinal) => "email",
                _ => "user",
            };
            errors.Add(field, error.Description);
        }
        var duplicate = result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");
        return duplicate
            ? new Failure(FailureKind.Conflict, "That e-mail address is already registered.", errors.ToDictionary())
            : Failure.Validation(errors.ToDictionary());
    }
}
