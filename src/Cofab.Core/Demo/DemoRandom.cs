namespace Cofab.Core.Demo;

/// <summary>
/// A seeded <see cref="Random"/> with the few helpers the generator needs. Every value, ids included, comes from
/// here in a fixed order, which is what makes the same seed produce the same region.
/// </summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Demo data, not security: a seeded, reproducible generator is the point.
    private readonly Random _random = new(seed);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public Guid NextGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 layout, so the ids look like any other
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
#pragma warning restore CA5394

    public double Between(double min, double max) => min + (NextDouble() * (max - min));

    /// <summary>A value in [min, max] rounded to a step that suits its size (¥185, ¥2.4, ¥0.35).</summary>
    public decimal Price(decimal min, decimal max)
    {
        var value = min + ((decimal)NextDouble() * (max - min));
        var step = value >= 50 ? 5m : value >= 5 ? 0.5m : value >= 1 ? 0.1m : 0.01m;
        return Math.Max(step, Math.Round(value / step, MidpointRounding.AwayFromZero) * step);
    }

    /// <summary>Scales a nominal figure by ±spread and rounds it to the given decimals, staying positive.</summary>
    public decimal Vary(decimal nominal, double spread, int decimals)
    {
        var factor = (decimal)Between(1 - spread, 1 + spread);
        var minimum = decimals == 0 ? 1m : (decimal)Math.Pow(10, -decimals);
        return Math.Max(minimum, Math.Round(nominal * factor, decimals, MidpointRounding.AwayFromZero));
    }
}
