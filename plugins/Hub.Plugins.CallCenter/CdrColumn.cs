namespace Hub.Plugins.CallCenter;

/// <summary>The fields of an Asterisk CDR in the order cdr_csv writes them; the last three only with <c>newcdrcolumns=yes</c>.</summary>
internal enum CdrColumn
{
    AccountCode,
    Src,
    Dst,
    DContext,
    Clid,
    Channel,
    DstChannel,
    LastApp,
    LastData,
    Start,
    Answer,
    End,
    Duration,
    BillSec,
    Disposition,
    AmaFlags,
    UniqueId,
    UserField,
    PeerAccount,
    LinkedId,
    Sequence,
}
