using System.Threading;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// The rules that check items one at a time run together in one pass; the result must be the one
/// the rules give when each runs alone, one after the other: the same diagnostics in the same
/// order, the same limit per code, the same failures.
/// </summary>
public class SharedPassTest
{
    private static readonly DossierRule[] PassRules = [.. DossierValidator.Default.Rules.Where(r => r is PassRule)];

    /// <summary>Generated dossiers, fixed by a seed: every kind of entity, dangling and repeated ids, reversed dates, odd counts.</summary>
    private static readonly Dossier[] Samples =
        [.. DossierGen.Dossier(hostAssertions: true).Sample(60, new Rnd(0x5A5E_2017UL, 0x9E37_79B9_7F4A_7C15UL), 120)];

    [Fact]
    public void Default_HasRulesThatShareThePass()
    {
        // Without them, the other tests here would compare a validator with itself.
        PassRules.Length.Should().BeGreaterThanOrEqualTo(10);
    }

    [Fact]
    public void Samples_ReportTheSharedRulesCodes()
    {
        // The comparison below means something only if the shared rules report, several times a dossier.
        var reported = Samples.SelectMany(d => DossierValidator.Default.Validate(d).Diagnostics)
            .Where(d => PassRules.Any(r => r.Descriptor.Code == d.Code)).GroupBy(d => d.Code).ToList();

        reported.Should().HaveCountGreaterThanOrEqualTo(5);
    }

    [Fact]
    public void Validate_Default_IsEachRuleAloneInOrder()
    {
        foreach (var dossier in Samples)
        {
            var together = DossierValidator.Default.Validate(dossier);

            together.Diagnostics.Should().Equal(OneAfterTheOther(DossierValidator.Default.Rules, dossier));
            together.Omitted.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void Validate_LimitPerCode_KeepsAndCountsAsEachRuleAloneInOrder(int max)
    {
        var validator = DossierValidator.Default.WithMaxDiagnosticsPerCode(max);
        foreach (var dossier in Samples)
        {
            var expected = Limit(OneAfterTheOther(DossierValidator.Default.Rules, dossier), max);

            var together = validator.Validate(dossier);

            together.Diagnostics.Should().Equal(expected.Kept);
            together.Omitted.Should().Equal(expected.Omitted);
        }
    }

    [Fact]
    public void Validate_SharedRuleSwitchedOffOrRaised_IsEachRuleAloneInOrder()
    {
        var off = PassRules[0].Descriptor.Code;
        var raised = PassRules[^1].Descriptor.Code;
        var validator = DossierValidator.Default.Without(off).WithSeverity(raised, Severity.Error).WithStrict();
        foreach (var dossier in Samples)
        {
            var expected = validator.Rules.Where(r => r.Descriptor.Code != off).SelectMany(rule =>
            {
                var alone = DossierValidator.Empty.WithRule(rule).WithStrict();
                return (rule.Descriptor.Code == raised ? alone.WithSeverity(raised, Severity.Error) : alone).Validate(dossier).Diagnostics;
            });

            validator.Validate(dossier).Diagnostics.Should().Equal(expected);
        }
    }

    [Fact]
    public void Validate_SharedRuleThrows_KeepsWhatItFoundAndReportsItAtItsPlace()
    {
        var failing = new FailingRule(throwAt: 3);
        var validator = DossierValidator.Default.WithRule(failing).WithRule(new CountingRule());
        var dossier = ManyClaims(10);

        var diagnostics = validator.Validate(dossier).Diagnostics;

        diagnostics.Where(d => d.Code == "TEST0001").Select(d => d.Path).Should().Equal("$.claims[0]", "$.claims[1]", "$.claims[2]");
        var failure = diagnostics.Should().ContainSingle(d => d.Code == DossierValidator.RuleFailed.Code).Subject;
        failure.Message.Should().Contain("TEST0001").And.Contain("InvalidOperationException").And.Contain("claim 3");
        // Its failure stands right after what it found, before the next rule; that rule saw every claim.
        diagnostics.SkipWhile(d => d.Code != "TEST0001").Skip(3).First().Should().Be(failure);
        diagnostics.Where(d => d.Code == "TEST0002").Should().HaveCount(10);
    }

    [Fact]
    public void Validate_SharedRuleThrows_IsAsWhenItRunsAlone()
    {
        var dossier = ManyClaims(10);
        var alone = DossierValidator.Empty.WithRule(new FailingRule(throwAt: 3)).Validate(dossier).Diagnostics;

        var together = DossierValidator.Default.WithRule(new FailingRule(throwAt: 3)).Validate(dossier).Diagnostics;

        together.SkipWhile(d => d.Code != "TEST0001").Should().Equal(alone);
    }

    [Fact]
    public void Validate_CancelledDuringThePass_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        var validator = DossierValidator.Default.WithRule(new CancellingRule(cancellation, at: 5_000));

        var act = () => validator.Validate(ManyClaims(20_000), cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    /// <summary>What the rules give when each runs alone on the dossier, one after the other.</summary>
    private static List<Diagnostic> OneAfterTheOther(IEnumerable<DossierRule> rules, Dossier dossier) =>
        [.. rules.SelectMany(rule => DossierValidator.Empty.WithRule(rule).Validate(dossier).Diagnostics)];

    /// <summary>The first <paramref name="max"/> of each code, and the others counted by code in the order the first of them came.</summary>
    private static (List<Diagnostic> Kept, List<OmittedDiagnostics> Omitted) Limit(List<Diagnostic> all, int max)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kept = new List<Diagnostic>();
        var omitted = new List<OmittedDiagnostics>();
        foreach (var diagnostic in all)
        {
            int count = seen.GetValueOrDefault(diagnostic.Code) + 1;
            seen[diagnostic.Code] = count;
            if (count <= max)
            {
                kept.Add(diagnostic);
            }
            else if (count == max + 1)
            {
                omitted.Add(new OmittedDiagnostics(diagnostic.Code, diagnostic.Severity, all.Count(d => d.Code == diagnostic.Code) - max));
            }
        }
        return (kept, omitted);
    }

    private static Dossier ManyClaims(int count)
    {
        var b = new DossierBuilder();
        b.Add(new Source(new SourceId("s"), new NameSet("Source"), SourceKind.NgoMonitor));
        b.Add(new ConflictEvent(new EventId("e"), EventType.Battles, FuzzyDate.InYear(2017)));
        for (int i = 0; i < count; i++)
        {
            b.Add(new Claim(new ClaimId("c" + i), new EventAssertion(new EventId("e")), new Attribution(new SourceId("s"), AttributionMode.Stated)));
        }
        return b.Build();
    }

    private static readonly DiagnosticDescriptor Failing = new("TEST0001", "Failing", Severity.Warning, DiagnosticCategory.Consistency, "Reports each claim, then throws.");

    private static readonly DiagnosticDescriptor Counting = new("TEST0002", "Counting", Severity.Info, DiagnosticCategory.Consistency, "Reports each claim.");

    private static readonly DiagnosticDescriptor Cancelling = new("TEST0003", "Cancelling", Severity.Info, DiagnosticCategory.Consistency, "Cancels the validation.");

    /// <summary>Reports each claim, and throws at one.</summary>
    private sealed class FailingRule(int throwAt) : PassRule
    {
        public override DiagnosticDescriptor Descriptor => Failing;

        internal override PassItems Items => PassItems.Claims;

        internal override void CheckClaim(ValidationContext context, int position, Claim claim)
        {
            if (position == throwAt)
            {
                throw new InvalidOperationException($"claim {position}");
            }
            context.Report(Descriptor, $"$.claims[{position}]", "A claim.");
        }
    }

    /// <summary>Reports each claim.</summary>
    private sealed class CountingRule : PassRule
    {
        public override DiagnosticDescriptor Descriptor => Counting;

        internal override PassItems Items => PassItems.Claims;

        internal override void CheckClaim(ValidationContext context, int position, Claim claim) =>
            context.Report(Descriptor, $"$.claims[{position}]", "A claim.");
    }

    /// <summary>Cancels the validation when it reaches a claim.</summary>
    private sealed class CancellingRule(CancellationTokenSource cancellation, int at) : PassRule
    {
        public override DiagnosticDescriptor Descriptor => Cancelling;

        internal override PassItems Items => PassItems.Claims;

        internal override void CheckClaim(ValidationContext context, int position, Claim claim)
        {
            if (position == at)
            {
                cancellation.Cancel();
            }
        }
    }
}
