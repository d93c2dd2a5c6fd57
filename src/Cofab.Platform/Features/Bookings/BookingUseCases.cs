using Cofab.Core.Bookings;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Bookings;

public static class BookingUseCases
{
    public static IServiceCollection AddBookingUseCases(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BookingPolicy>()
            .Bind(configuration.GetSection(BookingPolicy.Section))
            .Validate(p => p.Problems().Count == 0, "The Bookings settings are not usable: check SlotMinutes (must divide a day), MaxDuration, Horizon, FreeCancellationBefore and LateCancellationFeePercent (0–100).")
            .ValidateOnStart();
        return services
            .AddScoped<BookingWriter>()
            .AddScoped<BookSlot>()
            .AddScoped<BlockTime>()
            .AddScoped<CancelBooking>()
            .AddScoped<ListBookings>()
            .AddScoped<ListMyBookings>()
            .AddScoped<GetBooking>();
    }
}
