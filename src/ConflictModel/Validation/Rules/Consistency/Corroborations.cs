using System;
using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// What backs each claim of fact, as <see cref="Dossier.CorroborationOf"/> tells, counted once per
/// side of a subject (<see cref="ClaimSides"/>) rather than once per claim, so that a subject a
/// thousand claims repeat costs as much as its distinct assertions, not a million comparisons.
/// </summary>
/// <remarks>
/// For each side, the claims of the sides that agree with it are counted by origin, in all and
/// among those that <c>backs</c> accepts; a claim's numbers are then those of its side less itself.
/// </remarks>
internal sealed class Corroborations
{
    private readonly Dossier dossier;
    private readonly Func<Claim, bool> backs;
    // The sides of each subject with their summaries, found by the side's index: no hash of a side is needed.
    private readonly Dictionary<int, (ClaimSides Sides, Summary?[] Summaries)> subjects = [];
    private readonly Dictionary<SourceId, SourceId> origins = [];

    /// <summary>Initializes the counts for a dossier.</summary>
    /// <param name="dossier">The dossier.</param>
    /// <param name="backs">Tells whether an agreeing claim of another origin counts as backing.</param>
    internal Corroborations(Dossier dossier, Func<Claim, bool> backs)
    {
        this.dossier = dossier;
        this.backs = backs;
    }

    /// <summary>Returns the origin of a source (<see cref="Dossier.OriginOf"/>), remembered.</summary>
    internal SourceId OriginOf(SourceId source) => dossier.CachedOriginOf(source, origins);

    /// <summary>
    /// Counts what agrees with the claim of fact at a position: the other claims that say the same,
    /// those of them from the claim's own origin, and those from other origins that back it.
    /// </summary>
    internal (SourceId Origin, int Agreeing, int SameOrigin, int Backing) Of(int position)
    {
        var claim = dossier.Claims[position];
        var origin = OriginOf(claim.Source);
        var (positions, head) = dossier.SubjectAt(position);
        if (positions.Count == 1)
        {
            // The claim is alone on its subject: nothing agrees with it, and nothing needs sorting into sides.
            return (origin, 0, 0, 0);
        }
        if (!subjects.TryGetValue(head, out var subject))
        {
            var sides = ClaimSides.Of(dossier.Claims, positions);
            subjects.Add(head, subject = (sides, new Summary?[sides.Sides.Count]));
        }
        if (subject.Sides.SideAt(position) is not { } side)
        {
            return (origin, 0, 0, 0);
        }
        var summary = subject.Summaries[side.Index] ??= Summarize(subject.Sides, side);
        int sameOrigin = summary.ByOrigin.GetValueOrDefault(origin) - 1;
        int backing = summary.Backing - summary.BackingByOrigin.GetValueOrDefault(origin);
        return (origin, summary.Total - 1, sameOrigin, backing);
    }

    private Summary Summarize(ClaimSides subject, ClaimSides.Side side)
    {
        var summary = new Summary();
        foreach (var agreeing in subject.Agreeing(side))
        {
            foreach (int position in agreeing.Positions)
            {
                var claim = dossier.Claims[position];
                var origin = OriginOf(claim.Source);
                summary.Total++;
                summary.ByOrigin[origin] = summary.ByOrigin.GetValueOrDefault(origin) + 1;
                if (backs(claim))
                {
                    summary.Backing++;
                    summary.BackingByOrigin[origin] = summary.BackingByOrigin.GetValueOrDefault(origin) + 1;
                }
            }
        }
        return summary;
    }

    private sealed class Summary
    {
        internal int Total { get; set; }

        internal int Backing { get; set; }

        internal Dictionary<SourceId, int> ByOrigin { get; } = [];

        internal Dictionary<SourceId, int> BackingByOrigin { get; } = [];
    }
}
