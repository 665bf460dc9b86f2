using GraphQL;
using GraphQL.Types;
using Hub.Api.Graph.Sync;
using Hub.Core;
using Hub.Core.Model;
using Hub.Pipeline.Identity;
using Hub.Pipeline.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Hub.Api.Graph;

/// <summary>
/// Identity corrections, for admin keys, and sync control for operator keys (<see cref="SyncMutationFields"/>). The identity corrections are the same operations as <c>hub merge</c>, <c>hub split</c> and
/// <c>hub customer set|clear</c> (<see cref="IdentityOperations"/>), with the key's id as the actor. Each logs a decision
/// and resolves before it answers; a mistake in the input is a <c>BAD_USER_INPUT</c> error and logs nothing. Erasure on
/// request (<c>forgetCustomer</c>) is <c>hub forget</c> (<see cref="ErasureService"/>).
/// </summary>
internal sealed class MutationType : ObjectGraphType
{
    private const string ReasonDescription = "Why, in your words; kept in the decision log with the key's id. Required, not blank.";

    public MutationType()
    {
        Name = "Mutation";

        Field<MergeCustomersPayloadType, IdentityChange>("mergeCustomers")
            .Description("Makes these customers one, now and in every later resolution (a must-link between all their records).")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "Two or more different customer ids, e.g. [\"cus_12\", \"cus_40\"].")
            .Argument<NonNullGraphType<StringGraphType>>("reason", ReasonDescription)
            .ResolveAsync(c => RunAsync(c, (operations, actor) => operations.MergeAsync(
                [.. c.GetArgument<List<string>>("ids").Select(CustomerNumber)], c.GetArgument<string>("reason"), actor, c.CancellationToken)));

        Field<SplitCustomerPayloadType, IdentityChange>("splitCustomer")
            .Description("Takes records out of a customer into a customer of their own, now and in every later resolution (a cannot-link between the two groups).")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer to split, e.g. cus_12.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<RecordRefInputType>>>>("records",
                "The records to take out, as the customer's sources list them; some of its records, not all.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", ReasonDescription)
            .ResolveAsync(c => RunAsync(c, (operations, actor) => operations.SplitAsync(
                CustomerNumber(c.GetArgument<string>("id")), c.GetArgument<List<RecordRef>>("records"), c.GetArgument<string>("reason"), actor, c.CancellationToken)));

        Field<SetCustomerFieldPayloadType, IdentityChange>("setCustomerField")
            .Description("Gives a golden field of a customer a value that wins over survivorship until cleared (an override).")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer, e.g. cus_42.")
            .Argument<NonNullGraphType<StringGraphType>>("field", FieldDescription)
            .Argument<NonNullGraphType<StringGraphType>>("value", "The value; birth_date is yyyy-MM-dd, email must be an address. Not blank: to undo an override, clear it.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", ReasonDescription)
            .ResolveAsync(c => RunAsync(c, (operations, actor) => operations.SetFieldsAsync(
                CustomerNumber(c.GetArgument<string>("id")), [KeyValuePair.Create(c.GetArgument<string>("field"), c.GetArgument<string>("value"))],
                c.GetArgument<string>("reason"), actor, c.CancellationToken)));

        Field<ClearCustomerFieldPayloadType, IdentityChange>("clearCustomerField")
            .Description("Withdraws the override of a golden field, so survivorship chooses its value from the customer's records again.")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer, e.g. cus_42.")
            .Argument<NonNullGraphType<StringGraphType>>("field", FieldDescription + " It must be overridden now (lineage rule 'override').")
            .Argument<NonNullGraphType<StringGraphType>>("reason", ReasonDescription)
            .ResolveAsync(c => RunAsync(c, (operations, actor) => operations.ClearFieldsAsync(
                CustomerNumber(c.GetArgument<string>("id")), [c.GetArgument<string>("field")], c.GetArgument<string>("reason"), actor, c.CancellationToken)));

        AddForgetCustomer();
        SyncMutationFields.Add(this);
    }

    private void AddForgetCustomer() =>
        Field<NonNullGraphType<ForgetCustomerPayloadType>, Erasure>("forgetCustomer")
            .Description("Erases a customer on request (GDPR, PIPL): its personal data goes from its source records, golden record, interactions, " +
                "events, quarantine and decisions; an audit entry without personal data stays, and its identifiers are suppressed so later syncs " +
                "do not bring the person back. Cannot be undone.")
            .RequireRole(ApiRole.Admin)
            .Argument<NonNullGraphType<IdGraphType>>("id", "The customer, e.g. cus_42.")
            .Argument<NonNullGraphType<StringGraphType>>("reason",
                "Why, e.g. the request's reference; kept in the erasure log with the key's id, so it must not hold the person's data. Not blank.")
            .ResolveAsync(async c =>
            {
                var number = CustomerNumber(c.GetArgument<string>("id"));
                var erasure = c.RequestServices!.GetRequiredService<ErasureService>();
                try
                {
                    return await erasure.ForgetAsync(number, c.GetArgument<string>("reason"), Actor(c), c.CancellationToken).ConfigureAwait(false);
                }
                catch (UserFacingException e)
                {
                    throw ApiErrors.BadInput(e.Message);
                }
            });

    private static string Actor(IResolveFieldContext context) =>
        $"apikey:{((context.UserContext as HubUserContext)?.ApiKey ?? throw new InvalidOperationException("mutations run only for an authenticated request")).Id}";

    private static string FieldDescription =>
        $"The golden field, as lineage names it: {string.Join(", ", GoldenFields.All)}.";

    private static long CustomerNumber(string? id) =>
        CustomerId.TryParse(id, out var number)
            ? number
            : throw ApiErrors.BadInput($"'{id}' is not a customer id; customer ids look like cus_42 (the id field of a Customer).");

    private static async Task<IdentityChange?> RunAsync(IResolveFieldContext context, Func<IdentityOperations, string, Task<IdentityChange>> operation)
    {
        var operations = context.RequestServices!.GetRequiredService<IdentityOperations>();
        try
        {
            return await operation(operations, Actor(context)).ConfigureAwait(false);
        }
        catch (UserFacingException e)
        {
            throw ApiErrors.BadInput(e.Message);
        }
    }
}
