namespace ConflictModel.Validation.Rules;

/// <summary>CM1015: an OCHA P-code that does not look like one.</summary>
internal sealed class MalformedPCodeRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.MalformedPCode;

    public override void Check(ValidationContext context)
    {
        var places = context.Dossier.Places;
        for (int i = 0; i < places.Count; i++)
        {
            if (places[i].Codes.PCode is { } code && !IsWellFormed(code))
            {
                context.Report(Descriptor, DossierPaths.Item(DossierPaths.Places, i) + ".codes.pCode",
                    $"\"{code}\" does not look like an OCHA P-code: two upper-case letters for the country, then upper-case letters and digits ending with a digit, such as \"SY0904\".",
                    [places[i].Id.Value], code);
            }
        }
    }

    internal static bool IsWellFormed(string code)
    {
        if (code.Length is < 3 or > 20 || !CountryCodes.IsWellFormed(code[..2]) || !char.IsAsciiDigit(code[^1]))
        {
            return false;
        }
        for (int i = 2; i < code.Length; i++)
        {
            if (!char.IsAsciiLetterUpper(code[i]) && !char.IsAsciiDigit(code[i]))
            {
                return false;
            }
        }
        return true;
    }
}
