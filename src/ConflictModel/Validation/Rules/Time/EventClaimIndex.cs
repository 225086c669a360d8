namespace ConflictModel.Validation.Rules;

/// <summary>
/// The claims about each event, the same as <see cref="Dossier.ClaimsAbout"/> gives (those the
/// event lists and those whose assertion refers to it), read from the references resolved once
/// per validation (<see cref="ResolvedClaims"/>) so that a rule visiting every event stays linear.
/// </summary>
internal sealed class EventClaimIndex(ResolvedClaims resolved)
{
    /// <summary>
    /// Returns the positions of the claims about the event at a position: first those it lists
    /// that exist, then those that refer to it. A claim that is both listed and referring comes twice.
    /// </summary>
    internal Claims About(int @event) => new(resolved, @event);

    /// <summary>The positions of the claims about one event, enumerated without allocating.</summary>
    internal readonly struct Claims(ResolvedClaims resolved, int @event)
    {
        public Enumerator GetEnumerator() => new(resolved, @event);

        /// <summary>Walks the listed claims that exist, then the referring ones.</summary>
        internal struct Enumerator(ResolvedClaims resolved, int @event)
        {
            private int listedAt = -1;
            private int referringAt = -1;

            public int Current { get; private set; }

            public bool MoveNext()
            {
                var listed = resolved.Listed(@event);
                while (++listedAt < listed.Length)
                {
                    if (listed[listedAt] >= 0)
                    {
                        Current = listed[listedAt];
                        return true;
                    }
                }
                listedAt = listed.Length;
                var referring = resolved.Referring(@event);
                if (++referringAt < referring.Length)
                {
                    Current = referring[referringAt];
                    return true;
                }
                referringAt = referring.Length;
                return false;
            }
        }
    }
}
