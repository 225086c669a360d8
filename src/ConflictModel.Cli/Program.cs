using System;
using System.Threading.Tasks;
using ConflictModel.Cli;

return await App.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
