namespace Hub.Pipeline.Tests;

/// <summary>How <see cref="PagedSource"/> misbehaves on one request.</summary>
internal enum SourceFault
{
    /// <summary>Answers normally.</summary>
    None,
    /// <summary>Sends the headers and half the page, then drops the connection.</summary>
    DropMidBody,
    /// <summary>Answers 401 whatever the token.</summary>
    Unauthorized,
    /// <summary>Never answers.</summary>
    Hang,
}
