using System.Linq;
using ConflictModel.Serialization;
using ConflictModel.Testing;

namespace ConflictModel.Tests.Serialization;

public partial class DossierJsonTest
{
    [Fact]
    public void Read_ClaimNamedByItsEvent_HoldsOneStringForTheId()
    {
        var written = DossierJson.Write(SyntheticDossier.Generate(50));

        var back = DossierJson.Read(written);

        back.Events.Should().NotBeEmpty();
        foreach (var e in back.Events)
        {
            e.Claims.Should().NotBeEmpty();
            foreach (var named in e.Claims)
            {
                var claim = back.Claims.Single(c => c.Id == named);
                ReferenceEquals(claim.Id.Value, named.Value).Should().BeTrue($"event {e.Id} names claim {named} by the string the claim holds");
            }
        }
    }
}
