using CrossCheck.Cli;

return await CliApp.RunAsync(args, CliContext.FromProcess());
