namespace Hub.Core;

/// <summary>
/// A failure the user can fix (an unknown connector, a missing file). Its message says what was wrong and what to do;
/// the CLI prints it as one line with a non-zero exit code, never with a stack trace.
/// </summary>
public sealed class UserFacingException(string message) : Exception(message);
