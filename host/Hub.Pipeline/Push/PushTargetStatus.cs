namespace Hub.Pipeline.Push;

/// <summary>Whether a connector instance can take a push, and if not, why.</summary>
public enum PushTargetStatus
{
    /// <summary>The instance exists and its connector accepts pushed records.</summary>
    Found,
    /// <summary>There is no instance with that id.</summary>
    UnknownConnector,
    /// <summary>The instance's connector only reads (syncs); it has no push endpoint.</summary>
    NotPushReceiver,
    /// <summary>The instance's plugin is not loaded (faulted, incompatible or gone); a sender should retry later.</summary>
    PluginUnavailable,
}
