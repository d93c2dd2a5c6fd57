using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Members;

public static class MemberUseCases
{
    public static IServiceCollection AddMemberUseCases(this IServiceCollection services) => services
        .AddScoped<RegisterMember>()
        .AddScoped<DecideMembership>()
        .AddScoped<GetMember>()
        .AddScoped<ListMembers>()
        .AddScoped<UpdateMemberProfile>();
}
