using System.Text.Json;
using System.Threading;
using ConflictModel.Validation;
using static ConflictModel.Tests.Validation.Rules.RuleTestKit;

namespace ConflictModel.Tests.Validation;

public class DossierValidatorTest
{
    private static readonly DiagnosticDescriptor NeedsDescription = new(
        "ACME0001", "Event without description", Severity.Warning, DiagnosticCategory.Host, "Every event needs a description for our newsletter.");

    private static DossierBuilder WithDuplicatePlace()
    {
        var b = Valid();
        b.AddPlace(Town.Value, "Abu Kamal", PlaceKind.City, Syria);
        return b;
    }

    [Fact]
    public void Validate_MaxDiagnosticsPerCode_KeepsTheFirstOfEachCodeAndCountsAllExactly()
    {
        var b = Valid();
        // 25 claims about an event that does not exist: 25 dangling references (CM2001), each an error.
        for (int i = 0; i < 25; i++)
        {
            b.AddClaim($"ghost-{i}", new EventAssertion(new EventId("ghost")), new Attribution(Afp, AttributionMode.Stated), Dispatch);
        }
        var dossier = b.Build();
        var all = DossierValidator.Default.Validate(dossier);

        var limited = DossierValidator.Default.WithMaxDiagnosticsPerCode(10).Validate(dossier);

        all.IsTruncated.Should().BeFalse();
        all.Omitted.Should().BeEmpty();
        limited.IsTruncated.Should().BeTrue();
        limited.WithCode("CM2001").Should().HaveCount(10).And.Equal(all.WithCode("CM2001").Take(10));
        limited.Omitted.Should().ContainSingle().Which.Should().Be(new OmittedDiagnostics("CM2001", Severity.Error, 15));
        limited.ErrorCount.Should().Be(all.ErrorCount);
        limited.WarningCount.Should().Be(all.WarningCount);
        limited.CountsByCode.Should().Equal(all.CountsByCode);
        limited.CountsByCode["CM2001"].Should().Be(25);
        limited.ToString().Should().Be(all.ToString());
    }

    [Fact]
    public void WithMaxDiagnosticsPerCode_Zero_Throws()
    {
        var act = () => DossierValidator.Default.WithMaxDiagnosticsPerCode(0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void ValidationResult_WithOmitted_RoundTripsThroughJson()
    {
        var result = new ValidationResult([new Diagnostic("CM2001", Severity.Error, "$.claims[0]", "A message.")],
            [new OmittedDiagnostics("CM2001", Severity.Error, 3)]);

        var back = JsonSerializer.Deserialize<ValidationResult>(JsonSerializer.Serialize(result));

        back!.Omitted.Should().Equal(result.Omitted);
        back.ErrorCount.Should().Be(4);
        back.Should().Be(result);
    }

    [Fact]
    public void Validate_Null_Throws()
    {
        var act = () => DossierValidator.Default.Validate(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Validate_ValidDossier_IsValidWithCountsZero()
    {
        var result = Validate(Valid());

        result.IsValid.Should().BeTrue();
        (result.ErrorCount, result.WarningCount, result.InfoCount).Should().Be((0, 0, 0));
    }

    [Fact]
    public void Validate_Error_MakesItInvalidAndIsCounted()
    {
        var result = Validate(WithDuplicatePlace());

        result.IsValid.Should().BeFalse();
        result.ErrorCount.Should().Be(1);
        result.ToString().Should().StartWith("invalid: 1 error, ");
    }

    [Fact]
    public void WithSeverity_Downgrade_MakesTheDossierValid()
    {
        var validator = DossierValidator.Default.WithSeverity("CM1001", Severity.Warning);

        var result = validator.Validate(WithDuplicatePlace().Build());

        result.IsValid.Should().BeTrue();
        result.WithCode("CM1001").Single().Severity.Should().Be(Severity.Warning);
        validator.SeverityOf("CM1001").Should().Be(Severity.Warning);
        DossierValidator.Default.SeverityOf("CM1001").Should().Be(Severity.Error, "the default validator is unchanged");
    }

    [Fact]
    public void Without_Code_DropsItsDiagnostics()
    {
        var result = DossierValidator.Default.Without("CM1001").Validate(WithDuplicatePlace().Build());

        result.WithCode("CM1001").Should().BeEmpty();
        DossierValidator.Default.Without("CM1001").SeverityOf("CM1001").Should().BeNull();
    }

    [Fact]
    public void WithStrict_WarningBecomesErrorAndInfoStaysInfo()
    {
        var b = Valid();
        b.AddPlace("Boukamal", "Abu Kamal", PlaceKind.City, Syria);
        var strict = DossierValidator.Default.WithStrict();

        var result = strict.Validate(b.Build());

        result.WithCode("CM1003").Single().Severity.Should().Be(Severity.Error);
        result.IsValid.Should().BeFalse();
        DossierValidator.Default.Validate(b.Build()).IsValid.Should().BeTrue();
        strict.WithStrict(false).IsStrict.Should().BeFalse();
    }

    [Fact]
    public void WithSeverity_UnknownCode_Throws()
    {
        var act = () => DossierValidator.Default.WithSeverity("CM9999", Severity.Info);

        act.Should().Throw<ArgumentException>().WithMessage("*CM9999*");
    }

    [Fact]
    public void WithEntityRule_Predicate_ReportsEachFailingEntityAtItsPath()
    {
        var validator = DossierValidator.Default.WithEntityRule<ConflictEvent>(NeedsDescription,
            e => e.Description is not null, e => $"Event {e.Id} has no description.");

        var found = validator.Validate(Valid().Build()).WithCode("ACME0001").ToList();

        found.Should().ContainSingle();
        found[0].Path.Should().Be("$.events[0]");
        found[0].EntityIds.Should().Equal("capture");
        found[0].Message.Should().Be("Event capture has no description.");
    }

    [Fact]
    public void WithEntityRule_NotAnEntityType_Throws()
    {
        var act = () => DossierValidator.Default.WithEntityRule<Figure>(NeedsDescription, _ => true, _ => "x");

        act.Should().Throw<ArgumentException>().WithMessage("*Figure*");
    }

    [Fact]
    public void WithRule_Callback_ReportsThroughTheContext()
    {
        var validator = DossierValidator.Empty.WithRule(NeedsDescription, context =>
        {
            if (context.Dossier.Events.Count < 2)
            {
                context.Report(NeedsDescription, "$.events", "We want at least two events.", attemptedValue: "1");
            }
        });

        var result = validator.Validate(Valid().Build());

        result.Diagnostics.Should().ContainSingle().Which.AttemptedValue.Should().Be("1");
        result.IsValid.Should().BeTrue();
    }

    private sealed class EveryPlaceHasACodeRule : DossierRule
    {
        internal static readonly DiagnosticDescriptor Id = new("ACME0002", "Place without P-code", Severity.Error, DiagnosticCategory.Host,
            "Our maps need a P-code on every place.");

        public override DiagnosticDescriptor Descriptor => Id;

        public override void Check(ValidationContext context)
        {
            foreach (var place in context.Dossier.Places.Where(p => p.Codes.PCode is null))
            {
                context.Report(Descriptor, context.PathOf(place.Id)!, $"Place {place.Id} has no P-code.", [place.Id.Value]);
            }
        }
    }

    [Fact]
    public void WithRule_Class_RunsAfterTheBuiltInRulesAndCanBeReconfigured()
    {
        var validator = DossierValidator.Default.WithRule(new EveryPlaceHasACodeRule());

        var result = validator.Validate(Valid().Build());

        result.WithCode("ACME0002").Select(d => d.Path).Should().Equal("$.places[0]", "$.places[1]");
        validator.Rules[^1].Should().BeOfType<EveryPlaceHasACodeRule>();
        validator.WithSeverity("ACME0002", Severity.Info).Validate(Valid().Build()).IsValid.Should().BeTrue();
    }

    [Fact]
    public void WithRule_DuplicateCode_Throws()
    {
        var validator = DossierValidator.Default.WithRule(new EveryPlaceHasACodeRule());

        var act = () => validator.WithRule(new EveryPlaceHasACodeRule());

        act.Should().Throw<ArgumentException>().WithMessage("*ACME0002*already*");
    }

    [Fact]
    public void WithRule_HostRuleWithLibraryPrefix_Throws()
    {
        var descriptor = new DiagnosticDescriptor("CM8001", "Mine", Severity.Info, DiagnosticCategory.Host, "Mine.");

        var act = () => DossierValidator.Default.WithRule(descriptor, _ => { });

        // The delegate form is the library's own class, so the check looks at the code alone.
        act.Should().Throw<ArgumentException>().WithMessage("*CM*prefix*");
    }

    [Fact]
    public void Validate_RuleThatThrows_IsReportedAndTheOthersStillRun()
    {
        var broken = new DiagnosticDescriptor("ACME0003", "Broken", Severity.Warning, DiagnosticCategory.Host, "Throws.");
        var validator = DossierValidator.Default
            .WithRule(broken, _ => throw new InvalidOperationException("boom"))
            .WithRule(new EveryPlaceHasACodeRule());

        var result = validator.Validate(Valid().Build());

        var failure = result.WithCode("CM0001").Should().ContainSingle().Subject;
        failure.Message.Should().Contain("ACME0003").And.Contain("InvalidOperationException").And.Contain("boom");
        failure.Severity.Should().Be(Severity.Error);
        result.WithCode("ACME0002").Should().HaveCount(2);
    }

    [Fact]
    public void Validate_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        var act = () => DossierValidator.Default.Validate(Valid().Build(), cts.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Default_HasAtLeastThirtyRulesEachWithItsOwnCode()
    {
        var codes = DossierValidator.Default.Descriptors.Select(d => d.Code).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().OnlyContain(c => c.StartsWith("CM", StringComparison.Ordinal));
        codes.Count.Should().BeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void ValidationResult_RoundTripsThroughSystemTextJson()
    {
        var result = Validate(WithDuplicatePlace());
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        var json = JsonSerializer.Serialize(result, options);
        var back = JsonSerializer.Deserialize<ValidationResult>(json, options);

        json.Should().Contain("\"code\":\"CM1001\"").And.Contain("\"severity\":\"Error\"").And.Contain("\"isValid\":false");
        back.Should().Be(result);
        back!.ErrorCount.Should().Be(1);
    }

    [Theory]
    [InlineData("CM1")]
    [InlineData("cm0001")]
    [InlineData("C0001")]
    [InlineData("ABCDEFGHIJK0001")]
    public void DiagnosticDescriptor_MalformedCode_Throws(string malformed)
    {
        var act = () => new DiagnosticDescriptor(malformed, "t", Severity.Info, DiagnosticCategory.Host, "d");

        act.Should().Throw<ArgumentException>().WithParameterName("code");
    }

    [Fact]
    public void Diagnostic_PathWithoutDollar_Throws()
    {
        var act = () => new Diagnostic("CM1001", Severity.Error, "events[0]", "m");

        act.Should().Throw<ArgumentException>().WithParameterName("path");
    }
}
