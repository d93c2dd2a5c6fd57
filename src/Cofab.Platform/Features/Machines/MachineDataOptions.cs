using System.ComponentModel.DataAnnotations;
using Cofab.Core.MachineData;

namespace Cofab.Platform.Features.Machines;

/// <summary>How the MTConnect agent poller talks to an agent (section <c>Machines:MTConnect</c>).</summary>
public sealed class MTConnectPollingOptions
{
    public const string Section = "Machines:MTConnect";
    public const string HttpClientName = "mtconnect-agent";

    /// <summary>Wait between sample requests that brought nothing new.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Wait before starting over after the agent could not be reached or answered nonsense.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(15);

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Observations per sample request (MTConnect <c>count</c>).</summary>
    [Range(1, 100_000)]
    public int SampleCount { get; set; } = 1000;

    /// <summary>
    /// Ask the agent (cppagent supports XPath <c>path</c>) for only the state data items, by type. Turn off for agents
    /// that reject the filter.
    /// </summary>
    public bool FilterSampleByType { get; set; } = true;
}

/// <summary>
/// The MQTT subscriber (section <c>Machines:Mqtt</c>). It stays off unless <see cref="Host"/> is set.
/// </summary>
public sealed class MqttObservationOptions : IValidatableObject
{
    public const string Section = "Machines:Mqtt";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 1883;

    public bool UseTls { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string ClientId { get; set; } = "cofab-machine-observations";

    public string TopicFilter { get; set; } = MachinePayload.SubscriptionFilter;

    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(10);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(ClientId))
        {
            yield return new ValidationResult("Machines:Mqtt:ClientId must not be empty when Machines:Mqtt:Host is set.", [nameof(ClientId)]);
        }

        if (!TopicFilter.StartsWith(MachinePayload.TopicPrefix, StringComparison.Ordinal) || !TopicFilter.EndsWith("/observations", StringComparison.Ordinal))
        {
            yield return new ValidationResult(
                $"Machines:Mqtt:TopicFilter '{TopicFilter}' must stay within {MachinePayload.TopicPrefix}…/observations, e.g. {MachinePayload.SubscriptionFilter}.",
                [nameof(TopicFilter)]);
        }

        if (string.IsNullOrEmpty(Username) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Machines:Mqtt:Username and Password must be given together.", [nameof(Username)]);
        }
    }
}
