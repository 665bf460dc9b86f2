namespace Hub.Api.Graph;

/// <summary>What <see cref="PageInfoType"/> shows of any page: the customers connection's and a customer's orders' alike.</summary>
internal interface IPageInfo
{
    Task<bool> HasNextPageAsync(CancellationToken cancellationToken);

    Task<bool> HasPreviousPageAsync(CancellationToken cancellationToken);

    string? StartCursor { get; }

    string? EndCursor { get; }
}
