using ConflictModel.Cli;

return await App.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
