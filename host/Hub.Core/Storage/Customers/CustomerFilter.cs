namespace Hub.Core.Storage.Customers;

/// <summary>Which customers a query selects: conditions on fields, combined with and, or and not.</summary>
public abstract record CustomerFilter;

/// <summary>Every one of the filters holds.</summary>
public sealed record AllOf(IReadOnlyList<CustomerFilter> Filters) : CustomerFilter;

/// <summary>At least one of the filters holds.</summary>
public sealed record AnyOf(IReadOnlyList<CustomerFilter> Filters) : CustomerFilter;

/// <summary>The filter does not hold.</summary>
public sealed record NotOf(CustomerFilter Filter) : CustomerFilter;

/// <summary>
/// One comparison. Values are strings for text fields, <see cref="DateOnly"/> for dates, <see cref="DateTimeOffset"/> for times, <see cref="long"/> for whole numbers, <see cref="double"/> for scores,
/// <see cref="Model.CustomerKind"/> for the kind, <see cref="bool"/> for <see cref="FilterOperator.IsNull"/>; one value except for
/// <see cref="FilterOperator.In"/>. Text comparisons are exact for eq and in, and ignore case for contains and startsWith.
/// </summary>
public sealed record FieldCondition(CustomerField Field, FilterOperator Operator, IReadOnlyList<object> Values) : CustomerFilter;
