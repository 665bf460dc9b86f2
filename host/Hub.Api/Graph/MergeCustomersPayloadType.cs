namespace Hub.Api.Graph;

internal sealed class MergeCustomersPayloadType : DecisionPayloadType
{
    public MergeCustomersPayloadType()
        : base("MergeCustomersPayload", "The merge decision and the customer the merged customers are now.") =>
        CustomerField("The customer holding every record of the merged customers (it keeps the id most of the records had; on a tie, the smaller id); " +
            "null only when their records were deleted meanwhile.");
}
