namespace ConflictModel.Validation.Rules;

/// <summary>What the quote rules share: finding the text a quote's span points into, and showing text in messages.</summary>
internal static class QuoteText
{
    /// <summary>The most characters of report text a message shows.</summary>
    private const int MaxShown = 80;

    /// <summary>Returns the path of a claim's quote span, such as <c>$.claims[3].quote.span</c>.</summary>
    internal static string SpanPath(int claimIndex) =>
        DossierPaths.Property(DossierPaths.Property(DossierPaths.Item(DossierPaths.Claims, claimIndex), "quote"), "span");

    /// <summary>
    /// Returns the quote's span and the text of the claim's report when both exist; the report is
    /// null when the claim names none or names one the dossier lacks.
    /// </summary>
    internal static bool TryGetLocated(Dossier dossier, Claim claim, out Quote quote, out TextSpan span, out Report? report)
    {
        quote = null!;
        span = default;
        report = null;
        if (claim.Quote is not { Span: { } s } q)
        {
            return false;
        }
        quote = q;
        span = s;
        report = claim.Report is { } id ? dossier.Find(id) : null;
        return true;
    }

    /// <summary>Shows text in quotation marks, cut in the middle when it is long.</summary>
    internal static string Show(string text)
    {
        if (text.Length <= MaxShown)
        {
            return "\"" + text + "\"";
        }
        // Cut between characters, never inside a surrogate pair.
        int head = MaxShown / 2;
        int tail = text.Length - (MaxShown / 2);
        if (char.IsHighSurrogate(text[head - 1]))
        {
            head--;
        }
        if (char.IsLowSurrogate(text[tail]))
        {
            tail++;
        }
        return "\"" + text[..head] + "…" + text[tail..] + "\"";
    }
}
