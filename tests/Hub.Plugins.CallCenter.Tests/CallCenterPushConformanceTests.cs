using System.Text;
using Hub.Contracts;
using Hub.Contracts.Testing;

namespace Hub.Plugins.CallCenter.Tests;

/// <summary>
/// The call-center plugin's push endpoint against the push-receiver kit: two calls posted as a JSON array with the
/// instance's ingest token as a bearer token; without the header it is a stranger's.
/// </summary>
public sealed class CallCenterPushConformanceTests : PushReceiverConformanceTests
{
    private const string Token = "conformance-token";

    private const string Calls =
        """
        [{"src":"5551234567","dst":"7000","clid":"\"John Smith\" <5551234567>","channel":"PJSIP/trunk-00000001",
          "start":"2024-03-05T09:15:02+08:00","answer":"2024-03-05T09:15:09+08:00","end":"2024-03-05T09:19:41+08:00",
          "duration":279,"billsec":272,"disposition":"ANSWERED","uniqueid":"1709630102.42","userfield":"csat=5"},
         {"src":"5559876543","dst":"7001","channel":"PJSIP/trunk-00000003","start":"2024-03-05T10:00:00+08:00",
          "end":"2024-03-05T10:00:30+08:00","duration":30,"billsec":0,"disposition":"NO ANSWER","uniqueid":"1709634000.43"}]
        """;

    protected override string PluginId => "callcenter";

    protected override IHubPlugin CreatePlugin() => new CallCenterPlugin();

    protected override IReadOnlyDictionary<string, string> TestSettings => new Dictionary<string, string> { ["ingestToken"] = Token };

    protected override PushRequest SamplePush => Push(new Dictionary<string, string> { ["authorization"] = "Bearer " + Token });

    protected override PushRequest? UnauthenticatedPush => Push(new Dictionary<string, string>());

    private static PushRequest Push(Dictionary<string, string> headers) => new("", "application/json", headers, Encoding.UTF8.GetBytes(Calls));
}
