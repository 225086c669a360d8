using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>CM1009: a well-formed country code that no country has.</summary>
internal sealed class UnknownCountryCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.UnknownCountryCode;

    public override void Check(ValidationContext context)
    {
        foreach (var (code, path, id) in CountryCodeSites.All(context.Dossier))
        {
            if (CountryCodes.IsWellFormed(code) && !CountryCodes.IsAssigned(code))
            {
                context.Report(Descriptor, path,
                    $"\"{code}\" is not an assigned ISO 3166-1 alpha-2 code; check the code (Syria is SY, Iraq IQ, Lebanon LB).",
                    [id], code);
            }
        }
    }
}
