using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Orders;

public static class OrderUseCases
{
    public static IServiceCollection AddOrderUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OrderOptions>()
            .Bind(configuration.GetSection(OrderOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services
            .AddScoped<CreateDraftOrder>()
            .AddScoped<UpdateDraftOrder>()
            .AddScoped<SubmitOrder>()
            .AddScoped<WithdrawOrder>()
            .AddScoped<GetOrder>()
            .AddScoped<GetOrderRecord>()
            .AddScoped<ListOrders>()
            .AddScoped<UploadDrawing>()
            .AddScoped<DownloadDrawing>()
            .AddScoped<ListRoutingTemplates>()
            .AddScoped<ProposeRouting>();
    }
}
