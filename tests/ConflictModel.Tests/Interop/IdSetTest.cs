using System.Globalization;
using ConflictModel.Interop;

namespace ConflictModel.Tests.Interop;

public sealed class IdSetTest
{
    /// <summary>What <see cref="IdSet"/> must give: every id looked up, the first free numeric suffix on a clash.</summary>
    private sealed class EveryIdLookedUp
    {
        private readonly HashSet<string> used = new(StringComparer.Ordinal);

        public string Unique(string candidate)
        {
            string id = candidate;
            for (int n = 2; !used.Add(id); n++)
            {
                id = candidate + "-" + n.ToString(CultureInfo.InvariantCulture);
            }
            return id;
        }
    }

    [Fact]
    public void Numbered_AfterAnEventKeyShapedLikeAClaimId_ClashesAreRenamedBothWays()
    {
        var ids = new IdSet("-claim-");

        string first = ids.Unique("acled-X");
        string claim = ids.Numbered(first, "-claim-", 1);
        // A later event whose key reads like the first event's claim id.
        string second = ids.Unique("acled-X-claim-1");
        string secondClaim = ids.Numbered(second, "-claim-", 1);
        // A claim that meets an event id taken before it.
        string third = ids.Unique("acled-Y-claim-1");
        string fourth = ids.Unique("acled-Y");
        string fourthClaim = ids.Numbered(fourth, "-claim-", 1);

        new[] { first, claim, second, secondClaim, third, fourth, fourthClaim }.Should().Equal(
            "acled-X", "acled-X-claim-1", "acled-X-claim-1-2", "acled-X-claim-1-2-claim-1", "acled-Y-claim-1", "acled-Y",
            "acled-Y-claim-1-2");
    }

    [Fact]
    public void Unique_NumberedSuffixMeetingAClaimId_TakesTheNextFreeSuffix()
    {
        // "a-claim" is free, but its second take is "a-claim-2", which is a's second claim.
        var ids = new IdSet("-claim-");
        string a = ids.Unique("a");
        ids.Numbered(a, "-claim-", 1).Should().Be("a-claim-1");
        ids.Numbered(a, "-claim-", 2).Should().Be("a-claim-2");

        ids.Unique("a-claim").Should().Be("a-claim");
        ids.Unique("a-claim").Should().Be("a-claim-3");
    }

    [Fact]
    public void Numbered_StemTheSetWasNotMadeWith_IsRefused()
    {
        var ids = new IdSet("-claim-");
        string owner = ids.Unique("a");

        var act = () => ids.Numbered(owner, "-report-", 1);

        act.Should().Throw<ArgumentException>().WithMessage("*-report-*not one of the stems*");
    }

    [Fact]
    public void IdSet_RandomImports_GiveTheIdsOfASetThatLooksUpEveryId()
    {
        // Candidates built from a few parts, so that keys shaped like numbered ids, and clashes, come often.
        string[] parts = ["a", "b", "-claim-", "-report-", "1", "2", "-", "claim", "10"];
        var random = new Random(20261207);
        for (int trial = 0; trial < 2000; trial++)
        {
            var ids = new IdSet("-claim-", "-report-");
            var expected = new EveryIdLookedUp();
            var owners = new List<(string Id, int Claims, int Reports)>();
            for (int step = 0; step < 30; step++)
            {
                if (owners.Count > 0 && random.Next(2) == 0)
                {
                    int o = random.Next(owners.Count);
                    var (owner, claims, reports) = owners[o];
                    bool claim = random.Next(2) == 0;
                    string stem = claim ? "-claim-" : "-report-";
                    int number = claim ? claims + 1 : reports + 1;
                    owners[o] = claim ? (owner, number, reports) : (owner, claims, number);
                    ids.Numbered(owner, stem, number).Should().Be(
                        expected.Unique(owner + stem + number.ToString(CultureInfo.InvariantCulture)), "trial {0}, step {1}", trial, step);
                }
                else
                {
                    string candidate = "e";
                    for (int p = random.Next(1, 5); p > 0; p--)
                    {
                        candidate += parts[random.Next(parts.Length)];
                    }
                    string id = ids.Unique(candidate);
                    id.Should().Be(expected.Unique(candidate), "trial {0}, step {1}", trial, step);
                    owners.Add((id, 0, 0));
                }
            }
        }
    }

    [Fact]
    public void Keyed_AnIdMadeOtherwiseWithTheKeyedPrefix_ClashesAreRenamedBothWays()
    {
        var ids = new IdSet(["-claim-"], "acled-", ["acled-actor-"]);

        string first = ids.Keyed("A-B");
        // A key that had to change ("A B") to the same id, then a key equal to the suffixed id, then an actor.
        string second = ids.Keyed("A B");
        string third = ids.Keyed("A-B-2");
        string actor = ids.Unique("acled-actor-x");
        string event4 = ids.Keyed("actor-x");

        new[] { first, second, third, actor, event4 }.Should().Equal(
            "acled-A-B", "acled-A-B-2", "acled-A-B-2-2", "acled-actor-x", "acled-actor-x-2");
    }

    [Fact]
    public void Keyed_SetWithoutAKeyedPrefix_IsRefused()
    {
        var ids = new IdSet("-claim-");

        var act = () => ids.Keyed("A");

        act.Should().Throw<InvalidOperationException>().WithMessage("*without a prefix for keyed ids*");
    }

    [Fact]
    public void Keyed_RandomImports_GiveTheIdsOfASetThatLooksUpEveryId()
    {
        // Keyed ids start with "e", the other families' with "ea" or "eb", and some ids with neither.
        // A space or an "é" in a key becomes a dash in its id, so that keys that had to change meet those that did not.
        string[] parts = ["a", "b", "-claim-", "1", "2", "-", "claim", " ", "é"];
        string[] starts = ["e", "ea", "eb", "x"];
        var random = new Random(20261208);
        for (int trial = 0; trial < 2000; trial++)
        {
            var ids = new IdSet(["-claim-"], "e", ["ea", "eb"]);
            var expected = new EveryIdLookedUp();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            var owners = new List<(string Id, int Claims)>();
            for (int step = 0; step < 30; step++)
            {
                string text = string.Empty;
                for (int p = random.Next(1, 4); p > 0; p--)
                {
                    text += parts[random.Next(parts.Length)];
                }
                string id;
                switch (random.Next(3))
                {
                    case 0 when owners.Count > 0:
                        int o = random.Next(owners.Count);
                        var (owner, claims) = owners[o];
                        owners[o] = (owner, claims + 1);
                        ids.Numbered(owner, "-claim-", claims + 1).Should().Be(
                            expected.Unique(owner + "-claim-" + (claims + 1).ToString(CultureInfo.InvariantCulture)), "trial {0}, step {1}", trial, step);
                        continue;
                    case 1:
                        // An importer's keys are unique and trimmed.
                        text = text.Trim();
                        if (text.Length == 0 || !keys.Add(text))
                        {
                            continue;
                        }
                        id = ids.Keyed(text);
                        id.Should().Be(expected.Unique(InteropText.IdSafe("e", text)), "trial {0}, step {1}", trial, step);
                        break;
                    default:
                        string candidate = starts[random.Next(starts.Length)] + text;
                        id = ids.Unique(candidate);
                        id.Should().Be(expected.Unique(candidate), "trial {0}, step {1}", trial, step);
                        break;
                }
                owners.Add((id, 0));
            }
        }
    }
}
