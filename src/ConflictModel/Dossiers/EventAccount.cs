using System.Collections.Generic;
using System.Text;

namespace ConflictModel;

/// <summary>
/// What the dossier's claims say about whether and how an event happened: the claims that support
/// it, those that deny it or a part of it, and which supporting claims are disputed and by what.
/// </summary>
/// <remarks>
/// The answer of <see cref="Dossier.AccountOf"/>. A denial is a claim of fact about the event that
/// says something did not happen: the event itself, a participation, a change of control, a figure.
/// A supporting claim is disputed when a claim of fact contradicts it, whether a denial or another
/// assertion (another toll for the same count and day, another controller of the place). This type
/// is immutable and thread-safe; two accounts with the same claims are equal.
/// </remarks>
public sealed record EventAccount
{
    internal EventAccount(EventId @event, IReadOnlyList<ClaimId> supporting, IReadOnlyList<ClaimId> denials,
        IReadOnlyList<ClaimId> disputed, IReadOnlyList<ClaimId> disputedBy)
    {
        Event = @event;
        // Lists compared by their items, so that two accounts of the same claims are equal.
        Supporting = ValueList<ClaimId>.From(supporting, nameof(supporting));
        Denials = ValueList<ClaimId>.From(denials, nameof(denials));
        Disputed = ValueList<ClaimId>.From(disputed, nameof(disputed));
        DisputedBy = ValueList<ClaimId>.From(disputedBy, nameof(disputedBy));
    }

    /// <summary>Gets the event asked about.</summary>
    public EventId Event { get; }

    /// <summary>Gets the claims of fact about the event that do not deny it, in dossier order (see <see cref="Dossier.ClaimsSupporting"/>).</summary>
    public IReadOnlyList<ClaimId> Supporting { get; }

    /// <summary>Gets the claims of fact about the event that deny it or a part of it, in dossier order.</summary>
    public IReadOnlyList<ClaimId> Denials { get; }

    /// <summary>Gets the supporting claims that some claim of fact contradicts, in dossier order.</summary>
    public IReadOnlyList<ClaimId> Disputed { get; }

    /// <summary>
    /// Gets the claims of fact that contradict a supporting claim, in dossier order, each once: the
    /// other side of the disputes. They include the denials that contradict a supporting claim, and
    /// claims about the same subject that are not about the event (a controller of the place named
    /// by another event, for one).
    /// </summary>
    public IReadOnlyList<ClaimId> DisputedBy { get; }

    /// <summary>Gets a value indicating whether some claim of fact supports the event.</summary>
    public bool IsSupported => Supporting.Count > 0;

    /// <summary>Gets a value indicating whether a party denies the event or a part of it, or contradicts a claim that supports it.</summary>
    public bool IsDisputed => Denials.Count > 0 || Disputed.Count > 0;

    /// <summary>Returns the account as a person reads it.</summary>
    /// <returns>
    /// Such as <c>capture-of-boukamal: supported by 3 claims (army-liberated-boukamal, osdh-captured, afp-captured); denied by amaq-denies; disputed: army-liberated-boukamal by amaq-denies</c>,
    /// or <c>strike-on-mayadin: supported by 1 claim (osdh-strike); undisputed</c>.
    /// </returns>
    public override string ToString()
    {
        var text = new StringBuilder(Event.ToString()).Append(": ");
        text.Append(Supporting.Count == 0
            ? "supported by no claim"
            : "supported by " + Counted.Of(Supporting.Count, "claim", "claims") + " (" + string.Join(", ", Supporting) + ")");
        if (Denials.Count > 0)
        {
            text.Append("; denied by ").Append(string.Join(", ", Denials));
        }
        if (Disputed.Count > 0)
        {
            text.Append("; disputed: ").Append(string.Join(", ", Disputed)).Append(" by ").Append(string.Join(", ", DisputedBy));
        }
        else if (Denials.Count == 0)
        {
            text.Append("; undisputed");
        }
        return text.ToString();
    }
}
