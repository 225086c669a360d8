using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1008: a country code that is not two upper-case letters.</summary>
internal sealed class MalformedCountryCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.MalformedCountryCode;

    public override void Check(ValidationContext context)
    {
        foreach (var (code, path, id) in CountryCodeSites.All(context.Dossier))
        {
            if (!CountryCodes.IsWellFormed(code))
            {
                string hint = code.Length == 2 ? $" (did you mean \"{code.ToUpperInvariant()}\"?)" : string.Empty;
                context.Report(Descriptor, path,
                    $"\"{code}\" is not an ISO 3166-1 alpha-2 country code; use two upper-case letters such as \"SY\" or \"IQ\"{hint}.",
                    [id], code);
            }
        }
    }
}
