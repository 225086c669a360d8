// Native AOT smoke test: the libraries' main paths compiled ahead of time. Exit code 0 when
// every check passes, 1 otherwise.
using System;
using ConflictModel.Smoke;

return SmokeCheck.Run(Console.Out).Count == 0 ? 0 : 1;
