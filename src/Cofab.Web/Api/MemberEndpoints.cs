using System.Security.Claims;
using Cofab.Core.Members;
using Cofab.Platform.Common;
using Cofab.Platform.Features.Members;

namespace Cofab.Web.Api;

public static class MemberEndpoints
{
    public static void MapMemberEndpoints(this RouteGroupBuilder api)
    {
        var members = api.MapGroup("/members").WithTags("Members");

        members.MapGet("/", async (ClaimsPrincipal user, ListMembers list, CancellationToken ct,
                string? search, string? status, string? divisionCode, Guid? clusterId, int page = 1, int pageSize = 50) =>
            {
                var wanted = QueryEnum.Parse<MembershipStatus>(status, "status");
                if (!wanted.Succeeded) return ApiResults.ToOk(Result<Page<MemberPublicProfile>>.From(wanted.Failure!));
                return (await list.HandleAsync(new MemberQuery(search, wanted.Value, divisionCode, clusterId, page, pageSize), ApiResults.CallerOf(user), ct)).ToOk();
            })
            .WithSummary("The member directory: approved members for everyone; every applicant for the operator.");

        members.MapGet("/{id:guid}", async (Guid id, ClaimsPrincipal user, GetMember get, CancellationToken ct) =>
                (await get.HandleAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("A member's full record, contacts and users included: for the member itself and the operator (audited).");

        members.MapGet("/{id:guid}/public", async (Guid id, ClaimsPrincipal user, GetMember get, CancellationToken ct) =>
                (await get.PublicAsync(id, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("A member's public profile.");

        members.MapPut("/{id:guid}", async (Guid id, MemberProfileUpdate update, ClaimsPrincipal user, UpdateMemberProfile change, CancellationToken ct) =>
                (await change.HandleAsync(id, update, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Update the profile of one's own enterprise (send the version you read).");

        members.MapPost("/{id:guid}/decision", async (Guid id, MemberDecision decision, ClaimsPrincipal user, DecideMembership decide, CancellationToken ct) =>
                (await decide.HandleAsync(id, decision, ApiResults.CallerOf(user), ct)).ToOk())
            .WithSummary("Operator: approve, reject or suspend a member.");
    }
}
