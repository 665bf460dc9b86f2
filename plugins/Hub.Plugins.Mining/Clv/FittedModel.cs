namespace Hub.Plugins.Mining.Clv;

/// <summary>A model's maximum-likelihood parameters with the log-likelihood they reach and how many customers they fit.</summary>
public sealed record FittedModel<TParameters>(TParameters Parameters, double LogLikelihood, int Customers);
