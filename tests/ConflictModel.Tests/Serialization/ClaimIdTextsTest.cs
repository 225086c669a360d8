using System.Linq;
using System.Text;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Serialization;

/// <summary>The ids a reader met give back the string first kept for each, wherever the one sought stands.</summary>
public class ClaimIdTextsTest
{
    [Fact]
    public void Find_IdsNearAndFarFromTheLastFound_GivesTheStringKeptForEach()
    {
        var known = new ClaimIdTexts(documentBytes: 0);
        var kept = Enumerable.Range(0, 200).Select(i => $"claim-{i:D7}-0").ToList();
        kept.ForEach(known.Add);

        // In order, in reverse, and by strides that leave the few compared first.
        foreach (int i in Enumerable.Range(0, 200).Concat(Enumerable.Range(0, 200).Reverse()).Concat(Enumerable.Range(0, 200).Select(i => (i * 37) % 200)))
        {
            known.Find(Encoding.ASCII.GetBytes(kept[i])).Should().BeSameAs(kept[i]);
        }
    }

    [Theory]
    [InlineData("claim-0000200-0")]
    [InlineData("claim-0000001-")]
    [InlineData("claim-0000001-00")]
    [InlineData("")]
    public void Find_IdNotMet_GivesNull(string id)
    {
        var known = new ClaimIdTexts(documentBytes: 0);
        Enumerable.Range(0, 200).Select(i => $"claim-{i:D7}-0").ToList().ForEach(known.Add);
        known.Find(Encoding.ASCII.GetBytes("claim-0000001-0")).Should().NotBeNull();

        known.Find(Encoding.ASCII.GetBytes(id)).Should().BeNull();
    }

    [Fact]
    public void Find_TextAddedTwice_KeepsTheFirstString()
    {
        var known = new ClaimIdTexts(documentBytes: 0);
        string first = new('e', 3);
        known.Add(first);
        known.Add(new string('e', 3));

        known.Find("eee"u8).Should().BeSameAs(first);
    }

    [Fact]
    public void Read_ClaimsAndEventsInReverseOrder_StillShareOneStringPerId()
    {
        var d = SyntheticDossier.Generate(200);
        var reversed = new Dossier(d.Actors, d.Alliances, d.Relations, d.Places, d.Sources, d.Reports, d.Claims.Reverse(), d.Events.Reverse(), d.Extensions);

        var back = DossierJson.Read(DossierJson.Write(reversed));

        var claims = back.Claims.ToDictionary(c => c.Id);
        foreach (var e in back.Events)
        {
            foreach (var named in e.Claims)
            {
                ReferenceEquals(claims[named].Id.Value, named.Value).Should().BeTrue($"event {e.Id} names claim {named} by the claim's own string");
            }
        }
    }
}
