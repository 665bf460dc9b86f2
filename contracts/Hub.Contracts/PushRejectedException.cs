namespace Hub.Contracts;

/// <summary>A pushed body that cannot be read at all; the host answers 400 with this message and stores nothing.</summary>
public sealed class PushRejectedException(string message) : Exception(message);
