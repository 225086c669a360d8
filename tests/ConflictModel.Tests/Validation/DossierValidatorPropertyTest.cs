using ConflictModel.Serialization;
using ConflictModel.Tests.Serialization.Generators;
using ConflictModel.Validation;
using FsCheck.Fluent;

namespace ConflictModel.Tests.Validation;

/// <summary>
/// Built-in rules over generated dossiers — dangling and repeated ids, reversed dates, NaN points,
/// negative counts, unknown and host assertion types — report, never throw, and report the same
/// way every time.
/// </summary>
public class DossierValidatorPropertyTest
{
    private static readonly DossierJsonOptions Options = DossierGen.HostOptions();

    [Fact]
    public void Validate_GeneratedDossier_Property_NoRuleThrows()
    {
        var dossiers = DossierGen.Dossier(hostAssertions: true);

        Generated.ForAll(dossiers.Select(d => new DossierSample(d)), sample =>
        {
            var result = DossierValidator.Default.Validate(sample.Dossier);

            result.WithCode(DossierValidator.RuleFailed.Code).Select(d => d.Message).Should().BeEmpty();
        });
    }

    [Fact]
    public void Validate_GeneratedDossier_Property_IsDeterministic()
    {
        Generated.ForAll(DossierGen.Dossier(hostAssertions: true).Select(d => new DossierSample(d)), sample =>
        {
            var first = DossierValidator.Default.Validate(sample.Dossier);
            var again = DossierValidator.Default.Validate(sample.Dossier);
            var ofCopy = DossierValidator.Default.Validate(DossierJson.Read(DossierJson.WriteToUtf8Bytes(sample.Dossier, Options), Options));

            again.Should().Be(first);
            ofCopy.Should().Be(first, "a dossier read back from its document is the same dossier");
        }, maxTest: 50);
    }

    [Fact]
    public void Validate_FigureBoundsOverflowDecimal_NoRuleThrows()
    {
        var b = new DossierBuilder();
        b.Add(new ConflictEvent(new EventId("e"), EventType.Battles, FuzzyDate.InYear(2017), figures:
        [
            new Figure(FigureKind.Killed, new CountRange(decimal.MinValue, -1m)),
            new Figure(FigureKind.Injured, new ApproximateCount(decimal.MaxValue)),
        ]));

        var result = DossierValidator.Default.Validate(b.Build());

        result.WithCode(DossierValidator.RuleFailed.Code).Should().BeEmpty();
        result.WithCode("CM1014").Should().ContainSingle().Which.Path.Should().Be("$.events[0].figures[0].value");
    }
}
