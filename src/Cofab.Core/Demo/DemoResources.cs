using Cofab.Core.Members;
using Cofab.Core.Resources;

namespace Cofab.Core.Demo;

/// <summary>Turns machine templates into resources with varied figures, prices and published idle windows.</summary>
internal static class DemoResources
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public static Resource Build(
        DemoRandom random, MachineTemplate template, Enterprise owner, Guid? calendarId, DemoShiftPattern pattern,
        string assetNumber, string name, DateOnly start)
    {
        var created = owner.DecidedAt ?? owner.RegisteredAt;
        created = created.AddDays(random.Next(1, 30)).AddMinutes(random.Next(0, 600));
        var resource = new Resource
        {
            Id = random.NextGuid(),
            EnterpriseId = owner.Id,
            Kind = template.Kind,
            Name = name,
            Manufacturer = template.Manufacturer,
            Model = template.Model,
            AssetNumber = assetNumber,
            Description = template.Descriptor,
            CalendarId = calendarId,
            Location = owner.Location,
            Visibility = ResourceVisibility.Published,
            DataLevel = template.DataLevel,
            CreatedAt = created,
            UpdatedAt = created.AddDays(random.Next(0, 20)),
            Version = random.NextGuid(),
        };

        foreach (var process in template.ProcessCodes)
        {
            resource.Capabilities.Add(Capability(random, template, process));
        }

        resource.Prices.Add(new PriceTerm
        {
            Model = template.Pricing,
            Rate = random.Price(template.RateMin, template.RateMax),
            SetupCharge = template.SetupCharge == 0 ? 0 : random.Price(template.SetupCharge * 0.8m, template.SetupCharge * 1.2m),
        });

        if (template.OffersValueShare && random.Chance(0.5))
        {
            resource.Prices.Add(new PriceTerm { Model = PricingModel.ValueShare, Rate = random.Price(8, 15) });
        }

        if (template.Kind is not (ResourceKind.Dataset or ResourceKind.Model))
        {
            resource.IdleWindows.AddRange(IdleWindows(random, pattern, start));
        }

        return resource;
    }

    private static Capability Capability(DemoRandom random, MachineTemplate template, string process)
    {
        var capability = new Capability
        {
            ProcessCode = process,
            ToleranceMm = template.ToleranceMm,
            MaxWeightKg = template.MaxWeightKg,
            MinBatch = template.MinBatch,
            MaxBatch = template.MaxBatch,
            UnitTimeMin = template.UnitTimeMin is { } unit ? random.Vary(unit, 0.3, unit < 1 ? 2 : 1) : null,
            SetupTimeMin = template.SetupTimeMin is { } setup ? random.Vary(setup, 0.25, 0) : null,
        };

        if (template.EnvelopeMm.Count >= 2)
        {
            capability.EnvelopeXMm = template.EnvelopeMm[0];
            capability.EnvelopeYMm = template.EnvelopeMm[1];
            capability.EnvelopeZMm = template.EnvelopeMm.Count > 2 ? template.EnvelopeMm[2] : null;
        }

        // Not every owner runs every material the machine could take.
        if (template.Materials.Count > 0)
        {
            var take = random.Next(Math.Min(2, template.Materials.Count), template.Materials.Count + 1);
            capability.Materials = [.. template.Materials.Take(take)];
        }

        return capability;
    }

    /// <summary>
    /// One to four non-overlapping windows over the next two to four weeks, aligned to the site's shifts: a window
    /// runs from the first shift's start on its first day to the end of work on its last day.
    /// </summary>
    private static List<IdleWindow> IdleWindows(DemoRandom random, DemoShiftPattern pattern, DateOnly start)
    {
        var (dayStart, dayEnd) = pattern switch
        {
            DemoShiftPattern.OfficeHours => (new TimeOnly(8, 30), new TimeOnly(17, 30)),
            DemoShiftPattern.ThreeShifts => (new TimeOnly(0, 0), TimeOnly.MinValue),
            _ => (new TimeOnly(8, 0), random.Chance(0.5) ? new TimeOnly(16, 0) : TimeOnly.MinValue),
        };

        var horizon = start.AddDays(random.Next(14, 29));
        var cursor = start.AddDays(random.Next(0, 3));
        var windows = new List<IdleWindow>();
        while (windows.Count < 4)
        {
            var first = cursor.AddDays(random.Next(0, 4));
            var last = first.AddDays(random.Next(0, 3));
            if (last >= horizon)
            {
                break;
            }

            // An end of 00:00 means the end of that day's last shift, i.e. midnight after it.
            var endDay = dayEnd == TimeOnly.MinValue ? last.AddDays(1) : last;
            windows.Add(new IdleWindow
            {
                Start = new DateTimeOffset(first.ToDateTime(dayStart), China),
                End = new DateTimeOffset(endDay.ToDateTime(dayEnd), China),
                Note = random.Chance(0.3) ? "可接急单 rush orders welcome" : null,
            });
            cursor = last.AddDays(2);
        }

        return windows;
    }

    public static string AssetPrefix(string slug) => slug.Split('-')[0].ToUpperInvariant();

    public static char KindLetter(ResourceKind kind) => kind switch
    {
        ResourceKind.Machine => 'M',
        ResourceKind.ProductionLine => 'L',
        ResourceKind.ToolOrMold => 'T',
        ResourceKind.Instrument => 'I',
        ResourceKind.Software => 'S',
        ResourceKind.Dataset => 'D',
        ResourceKind.Model => 'X',
        ResourceKind.ServiceOffering => 'V',
        _ => 'W',
    };
}
