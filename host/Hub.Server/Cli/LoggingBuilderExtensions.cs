using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Hub.Server.Cli;

/// <summary>Logging set-up for command-line use.</summary>
internal static class LoggingBuilderExtensions
{
    /// <summary>Sends every log line to stderr, so stdout carries only the command's output (scripts read it).</summary>
    public static ILoggingBuilder AddConsoleOnStandardError(this ILoggingBuilder logging)
    {
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }
}
