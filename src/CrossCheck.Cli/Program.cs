using CrossCheck.Cli;

return CliApp.Run(args, CliContext.FromProcess());
