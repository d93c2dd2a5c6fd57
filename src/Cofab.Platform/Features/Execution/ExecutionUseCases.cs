using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Execution;

public static class ExecutionUseCases
{
    public static IServiceCollection AddExecutionUseCases(this IServiceCollection services) => services
        .AddScoped<WorkOrderChanges>()
        .AddScoped<StartWorkOrder>()
        .AddScoped<ReportProgress>()
        .AddScoped<FinishWorkOrder>()
        .AddScoped<ShipWorkOrder>()
        .AddScoped<ReceiveShipment>()
        .AddScoped<ListProgressReports>()
        .AddScoped<ListTransportLegs>()
        .AddScoped<RecordMachineProgress>();
}
