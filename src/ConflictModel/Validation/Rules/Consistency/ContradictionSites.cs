using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// Finds where the two claims of a <see cref="Contradiction"/> stand in the dossier, and the names
/// of their sources, for the rules that report contradictions.
/// </summary>
/// <remarks>
/// A contradiction names its claims by id. When an id is declared twice (which CM1001 reports),
/// the first declaration stands for it, except that a contradiction between two claims of one id
/// is placed at its first and second declarations.
/// </remarks>
internal sealed class ContradictionSites
{
    private readonly Dossier dossier;
    private Dictionary<ClaimId, int>? first;
    private Dictionary<ClaimId, int>? second;

    internal ContradictionSites(Dossier dossier) => this.dossier = dossier;

    /// <summary>Returns the indexes of both claims in the dossier's claims, or null when either is missing.</summary>
    internal (int First, int Second)? Locate(Contradiction contradiction)
    {
        if (first is null || second is null)
        {
            first = [];
            second = [];
            for (int j = 0; j < dossier.Claims.Count; j++)
            {
                var id = dossier.Claims[j].Id;
                if (!first.TryAdd(id, j))
                {
                    second.TryAdd(id, j);
                }
            }
        }
        if (!first.TryGetValue(contradiction.First, out int a))
        {
            return null;
        }
        int b;
        if (contradiction.First == contradiction.Second)
        {
            if (!second.TryGetValue(contradiction.Second, out b))
            {
                return null;
            }
        }
        else if (!first.TryGetValue(contradiction.Second, out b))
        {
            return null;
        }
        return (a, b);
    }

    /// <summary>
    /// Returns the located contradictions of the dossier, either those between two positive
    /// figures (CM6003) or all the others (CM6004), with both claims and the second one's index.
    /// The contradictions are found once per validation and shared by both rules.
    /// </summary>
    internal static IEnumerable<(Claim First, Claim Second, int SecondIndex, Contradiction Contradiction, ContradictionSites Sites)> Pairs(
        ValidationContext context, bool betweenFigures)
    {
        foreach (var pair in context.LocatedContradictions)
        {
            if (IsBetweenFigures(pair.First, pair.Second) == betweenFigures)
            {
                yield return pair;
            }
        }
    }

    /// <summary>Finds every contradiction of the dossier whose two claims it has, with both claims and the second one's index.</summary>
    internal static List<(Claim First, Claim Second, int SecondIndex, Contradiction Contradiction, ContradictionSites Sites)> Locate(Dossier dossier)
    {
        var pairs = dossier.ContradictingPositions();
        var located = new List<(Claim, Claim, int, Contradiction, ContradictionSites)>(pairs.Count);
        var sites = new ContradictionSites(dossier);
        // Without a repeated claim id, the two claims found stand at their ids' only declarations.
        bool distinct = dossier.HasDistinctClaimIds;
        foreach (var (p, q, contradiction) in pairs)
        {
            if (distinct)
            {
                located.Add((dossier.Claims[p], dossier.Claims[q], q, contradiction, sites));
            }
            else if (sites.Locate(contradiction) is (int i, int j))
            {
                located.Add((dossier.Claims[i], dossier.Claims[j], j, contradiction, sites));
            }
        }
        return located;
    }

    /// <summary>Returns the primary name of a source, or its id when the dossier does not have it.</summary>
    internal string NameOf(SourceId source) => dossier.Find(source)?.Names.Primary.Text ?? source.Value;

    /// <summary>Returns the ids involved: both claims, then their sources, each once.</summary>
    internal static List<string> IdsOf(Claim a, Claim b)
    {
        var ids = new List<string>(4) { a.Id.Value };
        AddOnce(ids, b.Id.Value);
        AddOnce(ids, a.Source.Value);
        AddOnce(ids, b.Source.Value);
        return ids;
    }

    /// <summary>Tells whether a contradiction is one of two positive figures, which CM6003 reports; CM6004 reports the rest.</summary>
    internal static bool IsBetweenFigures(Claim a, Claim b) =>
        a.Assertion is FigureAssertion && b.Assertion is FigureAssertion && !a.IsNegative && !b.IsNegative;

    private static void AddOnce(List<string> ids, string id)
    {
        if (!ids.Contains(id))
        {
            ids.Add(id);
        }
    }
}
