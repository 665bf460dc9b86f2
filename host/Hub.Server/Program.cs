using Hub.Server.Cli;

return await HubCommandLine.InvokeAsync(args);
