namespace Hub.Api.Graph;

internal sealed class SplitCustomerPayloadType : DecisionPayloadType
{
    public SplitCustomerPayloadType()
        : base("SplitCustomerPayload", "The split decision and the customers the split customer's records belong to now.") =>
        CustomersField("The customers holding the split customer's records, by id: the records left behind and the ones taken out are never in the same one, and the larger part keeps the old id.");
}
