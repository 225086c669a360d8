// Test names follow Method_Scenario_Result, which CA1707 (no underscores) forbids.
#pragma warning disable CA1707

using System;
using System.Collections.Generic;
using System.Linq;

namespace ConflictModel.Tests.Common;

/// <summary>The behaviour that the twelve open vocabularies share, checked on each of them.</summary>
public class VocabularyTermsTest
{
    private sealed record Vocabulary(
        Func<string, IVocabularyTerm> Create,
        Func<IReadOnlyList<IVocabularyTerm>> WellKnown,
        Func<IVocabularyTerm, bool> IsWellKnown,
        IVocabularyTerm Default);

    private static Vocabulary Of<T>(Func<string, T> create, IReadOnlyList<T> wellKnown, Func<T, bool> isWellKnown)
        where T : struct, IVocabularyTerm =>
        new(v => create(v), () => wellKnown.Cast<IVocabularyTerm>().ToList(), t => isWellKnown((T)t), default(T));

    private static readonly Dictionary<string, Vocabulary> Vocabularies = new()
    {
        ["actor kind"] = Of(v => new ActorKind(v), ActorKind.WellKnown, t => t.IsWellKnown),
        ["membership role"] = Of(v => new MembershipRole(v), MembershipRole.WellKnown, t => t.IsWellKnown),
        ["relation kind"] = Of(v => new RelationKind(v), RelationKind.WellKnown, t => t.IsWellKnown),
        ["place kind"] = Of(v => new PlaceKind(v), PlaceKind.WellKnown, t => t.IsWellKnown),
        ["source kind"] = Of(v => new SourceKind(v), SourceKind.WellKnown, t => t.IsWellKnown),
        ["attribution mode"] = Of(v => new AttributionMode(v), AttributionMode.WellKnown, t => t.IsWellKnown),
        ["event type"] = Of(v => new EventType(v), EventType.WellKnown, t => t.IsWellKnown),
        ["sub-event type"] = Of(v => new SubEventType(v), SubEventType.WellKnown, t => t.IsWellKnown),
        ["participant role"] = Of(v => new ParticipantRole(v), ParticipantRole.WellKnown, t => t.IsWellKnown),
        ["figure kind"] = Of(v => new FigureKind(v), FigureKind.WellKnown, t => t.IsWellKnown),
        ["people group"] = Of(v => new PeopleGroup(v), PeopleGroup.WellKnown, t => t.IsWellKnown),
        ["source role"] = Of(v => new SourceRole(v), SourceRole.WellKnown, t => t.IsWellKnown),
    };

    public static TheoryData<string> Names => new(Vocabularies.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Constructor_HostTerm_KeepsTextAndIsNotWellKnown(string vocabulary)
    {
        var term = Vocabularies[vocabulary].Create("myapp:checkpoint");

        term.Value.Should().Be("myapp:checkpoint");
        term.ToString().Should().Be("myapp:checkpoint");
        Vocabularies[vocabulary].IsWellKnown(term).Should().BeFalse();
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Constructor_Null_ThrowsArgumentNull(string vocabulary)
    {
        Action act = () => Vocabularies[vocabulary].Create(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("value");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Constructor_UpperCase_ThrowsArgumentNamingVocabulary(string vocabulary)
    {
        Action act = () => Vocabularies[vocabulary].Create("Battles");

        act.Should().ThrowExactly<ArgumentException>().WithMessage($"Malformed {vocabulary} \"Battles\"*");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WellKnown_EveryTerm_IsWellFormedDistinctAndRecognised(string vocabulary)
    {
        var v = Vocabularies[vocabulary];
        var terms = v.WellKnown();

        terms.Should().NotBeEmpty();
        terms.Select(t => t.Value).Should().OnlyContain(text => VocabularySyntax.IsValid(text));
        terms.Select(t => t.Value).Should().OnlyHaveUniqueItems();
        terms.Should().OnlyContain(t => v.IsWellKnown(t));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void WellKnown_TermRebuiltFromText_EqualsAndIsWellKnown(string vocabulary)
    {
        var v = Vocabularies[vocabulary];
        foreach (var term in v.WellKnown())
        {
            var rebuilt = v.Create(term.Value);
            rebuilt.Should().Be(term);
            rebuilt.GetHashCode().Should().Be(term.GetHashCode());
            v.IsWellKnown(rebuilt).Should().BeTrue();
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Default_HasNoTextAndIsNotWellKnown(string vocabulary)
    {
        var v = Vocabularies[vocabulary];

        v.Default.Value.Should().BeNull();
        v.Default.ToString().Should().BeEmpty();
        v.IsWellKnown(v.Default).Should().BeFalse();
    }

    // ACLED's codebook has six event types and 25 sub-event types; the library adds displacement and statements.
    [Theory]
    [InlineData("event type", 8)]
    [InlineData("sub-event type", 25)]
    public void WellKnown_Count_MatchesDocumentedTerms(string vocabulary, int count)
    {
        Vocabularies[vocabulary].WellKnown().Should().HaveCount(count);
    }
}
