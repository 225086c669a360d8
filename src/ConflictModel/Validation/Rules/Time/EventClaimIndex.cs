using System.Collections.Generic;

namespace ConflictModel.Validation.Rules;

/// <summary>
/// The claims about each event, the same as <see cref="Dossier.ClaimsAbout"/> gives (those the
/// event lists and those whose assertion refers to it), found through an index built once so
/// that a rule visiting every event stays linear.
/// </summary>
internal sealed class EventClaimIndex
{
    private readonly Dossier dossier;
    // Keyed on the id's text: the default comparer of strings hashes fast and turns randomized by
    // itself when hostile ids collide; the default event id (no text) has its own list.
    private readonly Dictionary<string, List<Claim>> referring = [];
    private List<Claim>? unnamed;

    internal EventClaimIndex(Dossier dossier)
    {
        this.dossier = dossier;
        foreach (var claim in dossier.Claims)
        {
            if (AssertionEvent.TryBuiltIn(claim.Assertion, out var named))
            {
                if (named is { } id)
                {
                    Add(id, claim);
                }
                continue;
            }
            // A host assertion may give no references, or a null among them.
            foreach (var target in claim.Assertion.References ?? [])
            {
                if (target is EventId id)
                {
                    Add(id, claim);
                }
            }
        }
    }

    private void Add(EventId id, Claim claim)
    {
        List<Claim>? list;
        if (id.IsDefault)
        {
            list = unnamed ??= [];
        }
        else if (!referring.TryGetValue(id.Value, out list))
        {
            referring[id.Value] = list = [];
        }
        if (list.Count == 0 || !ReferenceEquals(list[^1], claim))
        {
            list.Add(claim);
        }
    }

    /// <summary>
    /// Returns the claims about an event: first those it lists that exist, then those that refer
    /// to it. A claim that is both listed and referring comes twice.
    /// </summary>
    internal Claims About(ConflictEvent @event) => new(dossier, @event.Claims, !@event.Id.IsDefault ? referring.GetValueOrDefault(@event.Id.Value) : unnamed);

    /// <summary>The claims about one event, enumerated without allocating: those it lists that exist, then those that refer to it.</summary>
    internal readonly struct Claims(Dossier dossier, IReadOnlyList<ClaimId> listed, List<Claim>? referring)
    {
        public Enumerator GetEnumerator() => new(dossier, listed, referring);

        /// <summary>Walks the listed claims, then the referring ones.</summary>
        internal struct Enumerator(Dossier dossier, IReadOnlyList<ClaimId> listed, List<Claim>? referring)
        {
            private int listedAt = -1;
            private int referringAt = -1;

            public Claim Current { get; private set; } = null!;

            public bool MoveNext()
            {
                while (++listedAt < listed.Count)
                {
                    if (dossier.Find(listed[listedAt]) is { } claim)
                    {
                        Current = claim;
                        return true;
                    }
                }
                listedAt = listed.Count;
                if (referring is not null && ++referringAt < referring.Count)
                {
                    Current = referring[referringAt];
                    return true;
                }
                return false;
            }
        }
    }
}
