using Milbal.Cli;

return MilbalCli.Run(args, Console.Out, Console.Error);
