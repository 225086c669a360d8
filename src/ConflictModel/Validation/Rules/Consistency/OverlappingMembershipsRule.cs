using System.Collections.Generic;
using System.Globalization;
using NodaTime;

namespace ConflictModel.Validation.Rules;

/// <summary>CM6008: the same actor twice in one alliance, with validity intervals that share a day.</summary>
/// <remarks>
/// An actor's memberships of an alliance are sorted by start and swept once, keeping the one that
/// reaches furthest so far: a membership that starts on or before that end overlaps it. Each
/// membership is reported at most once, at the one that starts later. Intervals whose start is
/// after their end, or whose dates are not in the ISO calendar, are skipped: other rules report
/// the former, and the latter cannot be compared.
/// </remarks>
internal sealed class OverlappingMembershipsRule : DossierRule
{
    public override DiagnosticDescriptor Descriptor => ConflictModelDiagnostics.OverlappingMemberships;

    public override void Check(ValidationContext context)
    {
        var alliances = context.Dossier.Alliances;
        var byActor = new Dictionary<ActorId, List<int>>();
        for (int i = 0; i < alliances.Count; i++)
        {
            var memberships = alliances[i].Memberships;
            if (memberships.Count < 2)
            {
                continue;
            }
            byActor.Clear();
            for (int m = 0; m < memberships.Count; m++)
            {
                var validity = memberships[m].Validity;
                if (!IsIso(validity.Start) || !IsIso(validity.End) || !validity.IsOrdered)
                {
                    continue;
                }
                if (!byActor.TryGetValue(memberships[m].Actor, out var list))
                {
                    byActor[memberships[m].Actor] = list = [];
                }
                list.Add(m);
            }
            foreach (var indexes in byActor.Values)
            {
                if (indexes.Count > 1)
                {
                    Sweep(context, alliances[i], i, indexes);
                }
            }
        }
    }

    private void Sweep(ValidationContext context, Alliance alliance, int allianceIndex, List<int> indexes)
    {
        var memberships = alliance.Memberships;
        indexes.Sort((x, y) =>
        {
            int byStart = StartOf(memberships[x]).CompareTo(StartOf(memberships[y]));
            return byStart != 0 ? byStart : x.CompareTo(y);
        });
        int reaching = indexes[0];
        for (int k = 1; k < indexes.Count; k++)
        {
            int m = indexes[k];
            if (StartOf(memberships[m]) <= EndOf(memberships[reaching]))
            {
                Report(context, alliance, allianceIndex, m, reaching);
            }
            if (EndOf(memberships[m]) > EndOf(memberships[reaching]))
            {
                reaching = m;
            }
        }
    }

    private void Report(ValidationContext context, Alliance alliance, int allianceIndex, int later, int earlier)
    {
        var a = alliance.Memberships[later];
        var b = alliance.Memberships[earlier];
        context.Report(Descriptor, DossierPaths.Element(DossierPaths.Item(DossierPaths.Alliances, allianceIndex), "memberships", later),
            string.Format(CultureInfo.InvariantCulture,
                "The actor \"{0}\" is a member of alliance \"{1}\" as {2} ({3}), and again at memberships[{4}] as {5} ({6}); the two share at least one day. "
                + "An actor has one membership of an alliance at a time: merge the two, end the earlier one the day before the later starts, "
                + "or, if its role changed, close the old role when the new one begins.",
                a.Actor, alliance.Id, a.Role, a.Validity, earlier, b.Role, b.Validity),
            [alliance.Id.Value, a.Actor.Value], a.Validity.ToString());
    }

    private static LocalDate StartOf(Membership membership) => membership.Validity.Start ?? LocalDate.MinIsoValue;

    private static LocalDate EndOf(Membership membership) => membership.Validity.End ?? LocalDate.MaxIsoValue;

    private static bool IsIso(LocalDate? date) => date is not { } d || d.Calendar == CalendarSystem.Iso;
}
