using Hub.Server.Cli;

return await HubCommandLine.Build().Parse(args).InvokeAsync();
