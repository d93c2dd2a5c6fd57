using Cofab.Platform.Common;
using Cofab.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;

namespace Cofab.Web.Components.Shared;

/// <summary>What every page of the app needs: the texts in the user's language, the use cases and who is calling.</summary>
public abstract class CofabComponent : ComponentBase
{
    [Inject]
    protected IStringLocalizer<SharedResource> L { get; set; } = default!;

    [Inject]
    protected UseCaseRunner UseCases { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>
    /// The signed-in caller. Pages are only reachable signed in (fallback policy and AuthorizeRouteView), so a
    /// principal without user and enterprise claims is a bug in sign-in, not a state to render.
    /// </summary>
    protected async Task<Caller> GetCallerAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState;
        return (state is null ? null : Caller.From(state.User))
            ?? throw new InvalidOperationException("A page of the app rendered without a signed-in member.");
    }
}
