using Hub.Contracts;
using Hub.Core.Model;

namespace Hub.Pipeline.Push;

/// <summary>A connector instance that accepts pushes, with the context its receiver works in.</summary>
/// <param name="Instance">The configured instance.</param>
/// <param name="Receiver">Its plugin's connector, as a push receiver.</param>
/// <param name="Context">The instance's id, source name, settings (secrets included) and logger.</param>
public sealed record PushTarget(ConnectorInstance Instance, IPushReceiver Receiver, ConnectorContext Context)
{
    /// <summary>Whether the request carries the instance's credentials, as its plugin checks them.</summary>
    /// <exception cref="InvalidSettingException">when the instance's settings do not let the plugin check.</exception>
    public bool IsAuthorized(PushRequest request) => Receiver.IsAuthorized(request, Context.Settings);
}
