namespace Hub.SampleData;

/// <summary>Which identifier a unique number is for; each gets its own salt so they do not move in step.</summary>
internal enum Purpose
{
    Phone,
    EmailToken,
    QqNumber,
    CallCenterId,
    ShopId,
    AppUserId,
    LoginToken,
    MemberId,
    RegistryId,
    PartnerCode,
}
