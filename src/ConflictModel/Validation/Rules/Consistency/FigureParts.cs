using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// The breakdowns of the dossier: the figure claims that say they are a part of another claim's
/// figure (<see cref="FigureAssertion.PartOf"/>), grouped by that total, for CM6010 and CM6011.
/// </summary>
internal static class FigureParts
{
    /// <summary>A part: the position of its claim, and its figure assertion.</summary>
    internal readonly record struct Part(int Position, Claim Claim, FigureAssertion Assertion);

    /// <summary>
    /// Returns the parts of the dossier grouped by the id of their total, in the order of their
    /// first part. Found among the figures of claims (<see cref="ValidationContext.FigureSites"/>),
    /// not among every claim.
    /// </summary>
    internal static List<(ClaimId Total, List<Part> Parts)> Of(ValidationContext context)
    {
        var byTotal = new Dictionary<ClaimId, List<Part>>();
        var order = new List<(ClaimId, List<Part>)>();
        foreach (var site in context.FigureSites)
        {
            if (site.Claim is { Assertion: FigureAssertion { PartOf: { } total } assertion } claim)
            {
                int i = site.Index;
                if (!byTotal.TryGetValue(total, out var parts))
                {
                    byTotal.Add(total, parts = []);
                    order.Add((total, parts));
                }
                parts.Add(new Part(i, claim, assertion));
            }
        }
        return order;
    }

    /// <summary>Tells why a part cannot break its total down, or null when it can.</summary>
    internal static string? Mismatch(FigureAssertion part, ClaimId partId, Claim total)
    {
        if (total.Id == partId)
        {
            return "it names itself as its total";
        }
        if (total.Assertion is not FigureAssertion whole)
        {
            return "the total is not a figure claim";
        }
        if (whole.Figure.Kind != part.Figure.Kind)
        {
            return $"the part counts \"{part.Figure.Kind}\" and the total \"{whole.Figure.Kind}\"";
        }
        if (whole.Event != part.Event)
        {
            return $"the part is about event \"{part.Event?.ToString() ?? "(none)"}\" and the total about \"{whole.Event?.ToString() ?? "(none)"}\"";
        }
        if (whole.Place != part.Place)
        {
            return $"the part covers place \"{part.Place?.ToString() ?? "(none)"}\" and the total \"{whole.Place?.ToString() ?? "(none)"}\"";
        }
        if (part.Figure.Subject is null || part.Figure.Subject == whole.Figure.Subject)
        {
            return "the part does not say whose people it counts apart from the total (give it a subject)";
        }
        return null;
    }
}

/// <summary>CM6010: the parts of a figure add up to more than the figure.</summary>
/// <remarks>
/// Parts of one subject given by several claims (two sources on the insurgents killed) are the
/// same people counted twice, so the smallest of their lower bounds is taken; the lower bounds of
/// the subjects are then added and compared with the upper bound of the total. Only claims of fact
/// that are not negative count, and only parts that fit their total (see CM6011).
/// </remarks>
internal sealed class PartsExceedTotalRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PartsExceedTotal;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        foreach (var (totalId, parts) in context.FigureParts)
        {
            if (dossier.Find(totalId) is not { IsFactual: true, IsNegative: false } total
                || total.Assertion is not FigureAssertion whole || whole.Figure.Value.Upper is not { } upper)
            {
                continue;
            }
            var bySubject = new Dictionary<FigureSubject, (decimal Lower, Claim Claim)>();
            foreach (var part in parts)
            {
                if (!part.Claim.IsFactual || part.Claim.IsNegative || FigureParts.Mismatch(part.Assertion, part.Claim.Id, total) is not null
                    || part.Assertion.Figure.Value.Lower is not { } lower || lower <= 0)
                {
                    continue;
                }
                var subject = part.Assertion.Figure.Subject!;
                if (!bySubject.TryGetValue(subject, out var known) || lower < known.Lower)
                {
                    bySubject[subject] = (lower, part.Claim);
                }
            }
            decimal sum = 0;
            foreach (var (lower, _) in bySubject.Values)
            {
                // The bounds are at most the model's greatest count, so a sum past decimal's range is far past any total.
                sum = sum > decimal.MaxValue - lower ? decimal.MaxValue : sum + lower;
            }
            if (sum <= upper)
            {
                continue;
            }
            var counted = bySubject.Select(p => string.Format(CultureInfo.InvariantCulture, "at least {0} {1} (claim \"{2}\")",
                p.Value.Lower, p.Key, p.Value.Claim.Id)).ToList();
            var ids = new List<string> { total.Id.Value };
            ids.AddRange(bySubject.Values.Select(p => p.Claim.Id.Value));
            var first = parts.First(p => bySubject.Values.Any(v => v.Claim.Id == p.Claim.Id));
            context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, first.Position) + ".assertion.partOf",
                string.Format(CultureInfo.InvariantCulture,
                    "The parts of the figure of claim \"{0}\" ({1}) add up to at least {2}, more than its upper bound {3}: {4}. "
                    + "Check the figures against their reports; if they stand as reported, a part may count people outside the total, "
                    + "or the total may be an early count: give them their dates or periods.",
                    total.Id, whole.Figure, sum, upper, string.Join("; ", counted)),
                ids, sum.ToString(CultureInfo.InvariantCulture));
        }
    }
}

/// <summary>CM6011: a figure says it is a part of a claim whose figure it cannot break down.</summary>
internal sealed class PartDoesNotMatchTotalRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.PartDoesNotMatchTotal;

    public override void Check(ValidationContext context)
    {
        var dossier = context.Dossier;
        foreach (var (totalId, parts) in context.FigureParts)
        {
            // A total that is not in the dossier is an unresolved reference (CM2001).
            if (dossier.Find(totalId) is not { } total)
            {
                continue;
            }
            foreach (var part in parts)
            {
                if (FigureParts.Mismatch(part.Assertion, part.Claim.Id, total) is { } why)
                {
                    context.Report(Descriptor, DossierPaths.Item(DossierPaths.Claims, part.Position) + ".assertion.partOf",
                        string.Format(CultureInfo.InvariantCulture,
                            "Claim \"{0}\" says its figure ({1}) is a part of the figure of claim \"{2}\", but {3}. "
                            + "A part counts the same kind for the same event and place as its total, for a subject of its own; "
                            + "correct the partOf, or remove it if the figure is not a breakdown.",
                            part.Claim.Id, part.Assertion.Figure, total.Id, why),
                        [part.Claim.Id.Value, total.Id.Value], totalId.Value);
                }
            }
        }
    }
}
