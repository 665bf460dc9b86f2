using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Hub.Pipeline.Tests;

/// <summary>Every measurement of the instruments made by one meter factory, so parallel tests' instruments do not mix in.</summary>
internal sealed class RecordedMeasurements : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();

    public RecordedMeasurements(IMeterFactory factory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory)) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    /// <summary>The values recorded by <paramref name="instrument"/> whose tags include all of <paramref name="tags"/>.</summary>
    public IReadOnlyList<double> Of(string instrument, params (string Key, string Value)[] tags) =>
        _measurements
            .Where(m => m.Instrument == instrument && tags.All(t => m.Tags.TryGetValue(t.Key, out var value) && Equals(value, t.Value)))
            .Select(m => m.Value)
            .ToList();

    public double Sum(string instrument, params (string Key, string Value)[] tags) => Of(instrument, tags).Sum();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags) copy[key] = tag;
        _measurements.Enqueue((instrument.Name, value, copy));
    }

    public void Dispose() => _listener.Dispose();
}
