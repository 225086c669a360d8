namespace HostExtension;

/// <summary>What Acme's field teams know about humanitarian access to a place.</summary>
/// <param name="Status">"open", "restricted" or "closed".</param>
/// <param name="BlockedTrucks">How many of Acme's trucks are held at the place.</param>
/// <param name="Contact">Who to call about access, if anyone is known.</param>
public sealed record AccessNote(string Status, int BlockedTrucks, string? Contact);
