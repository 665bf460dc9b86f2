namespace Hub.Api.Graph;

internal sealed class ClearCustomerFieldPayloadType : DecisionPayloadType
{
    public ClearCustomerFieldPayloadType()
        : base("ClearCustomerFieldPayload", "The decision withdrawing an override and the customer with the value survivorship chose again.") =>
        CustomerField("The customer now, its field chosen by survivorship from its records again; null when its records are gone.");
}
