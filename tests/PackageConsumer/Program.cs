// The package consumer check: a separate application that uses ConflictModel and
// ConflictModel.Interop as a user does, from their packages. Exit code 0 when every check passes.
using System;
using ConflictModel.Smoke;

Console.WriteLine($"ConflictModel {typeof(ConflictModel.Dossier).Assembly.GetName().Version}, "
    + $"ConflictModel.Interop {typeof(ConflictModel.Interop.DossierGeoJson).Assembly.GetName().Version}, "
    + $"from {System.IO.Path.GetDirectoryName(typeof(ConflictModel.Dossier).Assembly.Location)}");
return SmokeCheck.Run(Console.Out).Count == 0 ? 0 : 1;
