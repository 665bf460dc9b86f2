namespace Hub.Plugins.CallCenter.Tests;

/// <summary>A morning of a small support line, written by hand the way Asterisk's cdr_csv writes Master.csv.</summary>
public static class MasterCsv
{
    /// <summary>An answered call from a named caller, rated 4 in the post-call survey.</summary>
    public const string AnsweredWithSurvey =
        "\"\",\"5551234567\",\"7000\",\"from-pstn\",\"\"\"John Smith\"\" <5551234567>\",\"SIP/trunk-00000001\",\"SIP/201-0000002a\"," +
        "\"Dial\",\"SIP/201,30,tT\",\"2024-03-05 09:15:02\",\"2024-03-05 09:15:09\",\"2024-03-05 09:19:41\",279,272,\"ANSWERED\"," +
        "\"DOCUMENTATION\",\"1709630102.42\",\"csat=4\"\n";

    /// <summary>A caller who gave up in the support queue: no answer time, no talk time, no agent reached.</summary>
    public const string UnansweredInQueue =
        "\"\",\"5559876543\",\"7000\",\"from-pstn\",\"\"\"WIRELESS CALLER\"\" <5559876543>\",\"SIP/trunk-00000002\",\"\"," +
        "\"Queue\",\"support,t,,,300\",\"2024-03-05 09:20:00\",,\"2024-03-05 09:21:30\",90,0,\"NO ANSWER\"," +
        "\"DOCUMENTATION\",\"1709630400.43\",\"\"\n";

    /// <summary>A queue call an agent took through a Local channel, rated 5, with more in the userfield.</summary>
    public const string AnsweredThroughQueue =
        "\"\",\"5551112222\",\"7000\",\"from-trunk\",\"\"\"Mary Jones\"\" <5551112222>\",\"SIP/trunk-00000003\"," +
        "\"Local/202@from-queue-00000005;1\",\"Queue\",\"support,t,,,300\",\"2024-03-05 10:02:11\",\"2024-03-05 10:02:40\"," +
        "\"2024-03-05 10:08:00\",349,320,\"ANSWERED\",\"DOCUMENTATION\",\"1709632931.44\",\"CSAT:5;lang=en\"\n";

    /// <summary>An agent calling a customer abroad; the clid is the agent's own.</summary>
    public const string OutboundAbroad =
        "\"sales\",\"201\",\"+442079460000\",\"from-internal\",\"\"\"Alice Agent\"\" <201>\",\"SIP/201-0000002f\",\"SIP/trunk-00000004\"," +
        "\"Dial\",\"SIP/trunk/+442079460000,60\",\"2024-03-05 11:00:00\",\"2024-03-05 11:00:12\",\"2024-03-05 11:03:12\",192,180," +
        "\"ANSWERED\",\"BILLING\",\"1709636400.45\",\"score=3\"\n";

    /// <summary>A busy line; the caller id name is just the number again, and the userfield holds an agent's note.</summary>
    public const string Busy =
        "\"\",\"5550001111\",\"7000\",\"from-pstn\",\"\"\"5550001111\"\" <5550001111>\",\"SIP/trunk-00000005\",\"SIP/203-00000031\"," +
        "\"Dial\",\"SIP/203,30\",\"2024-03-05 12:00:00\",,\"2024-03-05 12:00:20\",20,0,\"BUSY\",\"DOCUMENTATION\",\"1709640000.46\"," +
        "\"callback requested\"\n";

    public const string Morning = AnsweredWithSurvey + UnansweredInQueue + AnsweredThroughQueue + OutboundAbroad + Busy;
}
