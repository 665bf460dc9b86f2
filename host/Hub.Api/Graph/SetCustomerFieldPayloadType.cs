namespace Hub.Api.Graph;

internal sealed class SetCustomerFieldPayloadType : DecisionPayloadType
{
    public SetCustomerFieldPayloadType()
        : base("SetCustomerFieldPayload", "The override decision and the customer with the field's new value.") =>
        CustomerField("The customer now, its field holding the value with lineage rule 'override' (its id changes only when a resolution moved " +
            "its records to another customer); null when its records are gone.");
}
