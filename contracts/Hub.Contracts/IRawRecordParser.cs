namespace Hub.Contracts;

/// <summary>
/// Optional: a connector that can read a quarantined item's raw payload again, so that <c>hub quarantine retry</c>
/// can store it once the cause is fixed (a setting, a newer plugin version, a raised limit).
/// </summary>
public interface IRawRecordParser
{
    /// <summary>Parses one quarantined payload of <paramref name="stream"/>; its records are validated again by the host.</summary>
    RecordBatch Parse(string stream, string rawPayload, ConnectorContext context);
}
