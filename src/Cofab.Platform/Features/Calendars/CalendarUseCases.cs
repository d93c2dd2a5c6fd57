using Cofab.Core.Calendars;
using Cofab.Platform.Common;
using Cofab.Platform.Data;
using Cofab.Platform.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cofab.Platform.Features.Calendars;

public sealed record CalendarInput(string Name, string? TimeZone, List<Shift>? Shifts, List<Holiday>? Holidays, List<CalendarException>? Exceptions, Guid? Version = null);

/// <summary>Site calendars belong to their enterprise; only it (and the operator) reads or changes them.</summary>
public sealed class ListCalendars(AppDbContext db)
{
    public async Task<IReadOnlyList<SiteCalendar>> HandleAsync(Caller caller, CancellationToken ct) =>
        await db.Calendars.AsNoTracking().Where(c => c.EnterpriseId == caller.EnterpriseId).OrderBy(c => c.Name).ToListAsync(ct);
}

public sealed class GetCalendar(AppDbContext db)
{
    public async Task<Result<SiteCalendar>> HandleAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var calendar = await db.Calendars.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);
        return calendar is not null && caller.CanManage(calendar.EnterpriseId) ? calendar : Failure.NotFound($"No calendar {id} of yours.");
    }
}

public sealed class SaveCalendar(AppDbContext db, AuditTrail audit)
{
    public async Task<Result<SiteCalendar>> CreateAsync(CalendarInput input, Caller caller, CancellationToken ct)
    {
        var calendar = new SiteCalendar { Id = Guid.CreateVersion7(), EnterpriseId = caller.EnterpriseId, Name = "" };
        var failure = Apply(calendar, input);
        if (failure is not null) return failure;
        db.Calendars.Add(calendar);
        audit.Record(caller, "calendar.created", "calendar", calendar.Id.ToString(), calendar.EnterpriseId);
        await db.SaveChangesAsync(ct);
        return calendar;
    }

    public async Task<Result<SiteCalendar>> UpdateAsync(Guid id, CalendarInput input, Caller caller, CancellationToken ct)
    {
        var calendar = await db.Calendars.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (calendar is null || !caller.CanManage(calendar.EnterpriseId)) return Failure.NotFound($"No calendar {id} of yours.");
        if (input.Version != calendar.Version) return Failure.Conflict("Someone changed this calendar since you opened it; reload it and make your change again.");
        var failure = Apply(calendar, input);
        if (failure is not null) return failure;
        audit.Record(caller, "calendar.updated", "calendar", calendar.Id.ToString(), calendar.EnterpriseId);
        if (await db.SaveOrConflictAsync("Someone changed this calendar at the same moment; reload it and make your change again.", ct) is { } conflict) return conflict;
        return calendar;
    }

    public async Task<Result<bool>> DeleteAsync(Guid id, Caller caller, CancellationToken ct)
    {
        var calendar = await db.Calendars.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (calendar is null || !caller.CanManage(calendar.EnterpriseId)) return Failure.NotFound($"No calendar {id} of yours.");
        db.Calendars.Remove(calendar);
        audit.Record(caller, "calendar.deleted", "calendar", calendar.Id.ToString(), calendar.EnterpriseId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private static Failure? Apply(SiteCalendar calendar, CalendarInput input)
    {
        var candidate = new SiteCalendar
        {
            Id = calendar.Id,
            EnterpriseId = calendar.EnterpriseId,
            Name = input.Name?.Trim() ?? "",
            TimeZone = string.IsNullOrWhiteSpace(input.TimeZone) ? "Asia/Shanghai" : input.TimeZone.Trim(),
            Shifts = input.Shifts ?? [],
            Holidays = input.Holidays ?? [],
            Exceptions = input.Exceptions ?? [],
        };
        var errors = CalendarRules.Validate(candidate);
        if (errors.Count > 0) return Failure.Validation(errors);
        calendar.Name = candidate.Name;
        calendar.TimeZone = candidate.TimeZone;
        calendar.Shifts.Clear();
        calendar.Shifts.AddRange(candidate.Shifts);
        calendar.Holidays.Clear();
        calendar.Holidays.AddRange(candidate.Holidays);
        calendar.Exceptions.Clear();
        calendar.Exceptions.AddRange(candidate.Exceptions);
        calendar.Version = Guid.NewGuid();
        return null;
    }
}

public static class CalendarUseCases
{
    public static IServiceCollection AddCalendarUseCases(this IServiceCollection services) => services
        .AddScoped<ListCalendars>()
        .AddScoped<GetCalendar>()
        .AddScoped<SaveCalendar>();
}
