using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// The subjects of a dossier on which claims of fact disagree, found once per validation for the
/// rules that report them (CM6003, CM6004), and the words those rules use to show the sides.
/// </summary>
/// <remarks>
/// Claims are grouped by subject and, within a subject, into sides that assert the same thing
/// (<see cref="ClaimSides"/>); sides are compared, not pairs of claims, so a subject a thousand
/// claims repeat in two ways costs two sides and gives one diagnostic. A message lists the
/// <see cref="ListedSides"/> largest sides and up to <see cref="ListedClaims"/> claims of each,
/// then counts the rest, so its length does not grow with the dossier.
/// </remarks>
internal sealed class Disagreements
{
    /// <summary>The number of sides a message names; the others are counted.</summary>
    internal const int ListedSides = 5;

    /// <summary>The number of claims of a side a message names; the others are counted.</summary>
    internal const int ListedClaims = 3;

    private readonly Dossier dossier;

    private Disagreements(Dossier dossier) => this.dossier = dossier;

    /// <summary>Gets the subjects whose asserted figures cannot all be true, each with the sides involved.</summary>
    internal List<(ClaimSides Subject, List<ClaimSides.Side> Sides)> Figures { get; } = [];

    /// <summary>Gets the subjects with any other contradiction, each with the sides involved.</summary>
    internal List<(ClaimSides Subject, List<ClaimSides.Side> Sides)> Others { get; } = [];

    /// <summary>Finds the disagreements of a dossier.</summary>
    internal static Disagreements Find(Dossier dossier, CancellationToken cancellationToken)
    {
        var result = new Disagreements(dossier);
        foreach (var subject in dossier.SubjectSides())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (figures, others) = subject.Disagreements();
            if (figures.Count > 0)
            {
                result.Figures.Add((subject, figures));
            }
            if (others.Count > 0)
            {
                result.Others.Add((subject, others));
            }
        }
        return result;
    }

    /// <summary>Returns the primary name of a source, or its id when the dossier does not have it.</summary>
    internal string NameOf(SourceId source) => dossier.Find(source)?.Names.Primary.Text ?? source.Value;

    /// <summary>Orders sides for a message: the most claims first, then in the order of their first claim.</summary>
    internal static List<ClaimSides.Side> Ordered(List<ClaimSides.Side> sides)
    {
        var ordered = new List<ClaimSides.Side>(sides);
        ordered.Sort((a, b) => b.Positions.Count != a.Positions.Count ? b.Positions.Count.CompareTo(a.Positions.Count) : a.Index.CompareTo(b.Index));
        return ordered;
    }

    /// <summary>Counts the claims and the distinct sources of some sides.</summary>
    internal static (int Claims, int Sources) Count(ClaimSides subject, IEnumerable<ClaimSides.Side> sides)
    {
        int claims = 0;
        var sources = new HashSet<SourceId>();
        foreach (var side in sides)
        {
            claims += side.Positions.Count;
            foreach (int position in side.Positions)
            {
                sources.Add(subject.ClaimAt(position).Source);
            }
        }
        return (claims, sources.Count);
    }

    /// <summary>
    /// Writes the listed sides, each as its number of claims, what it says (<paramref name="says"/>)
    /// and its first claims with their sources; then counts the sides left out. The ids of the
    /// claims named, then of their sources, go to <paramref name="ids"/>.
    /// </summary>
    internal string Describe(ClaimSides subject, List<ClaimSides.Side> ordered, System.Func<ClaimSides.Side, string> says, List<string> ids)
    {
        var text = new StringBuilder();
        var sourceIds = new List<string>();
        for (int s = 0; s < ordered.Count && s < ListedSides; s++)
        {
            var side = ordered[s];
            if (s > 0)
            {
                text.Append("; ");
            }
            int count = side.Positions.Count;
            text.Append(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? "claim" : "claims")} {says(side)} (");
            for (int c = 0; c < count && c < ListedClaims; c++)
            {
                var claim = subject.ClaimAt(side.Positions[c]);
                text.Append(CultureInfo.InvariantCulture, $"{(c > 0 ? ", " : string.Empty)}\"{claim.Id}\" by {NameOf(claim.Source)}");
                AddOnce(ids, claim.Id.Value);
                AddOnce(sourceIds, claim.Source.Value);
            }
            if (count > ListedClaims)
            {
                text.Append(CultureInfo.InvariantCulture, $", {count - ListedClaims} more");
            }
            text.Append(')');
        }
        foreach (string id in sourceIds)
        {
            AddOnce(ids, id);
        }
        if (ordered.Count > ListedSides)
        {
            var (claims, _) = Count(subject, ordered.GetRange(ListedSides, ordered.Count - ListedSides));
            int sides = ordered.Count - ListedSides;
            text.Append(CultureInfo.InvariantCulture,
                $"; and {sides} other {(sides == 1 ? "side" : "sides")} of {claims} {(claims == 1 ? "claim" : "claims")}");
        }
        return text.ToString();
    }

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}
