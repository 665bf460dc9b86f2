namespace Hub.Api.Ingest;

/// <summary>The JSON body of every refusal of a push: <c>{"error": "..."}</c>.</summary>
/// <param name="Error">What was wrong and what to do.</param>
internal sealed record IngestError(string Error);
