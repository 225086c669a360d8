using System.Reflection;

namespace ConflictModel.Tests.PublicApi;

/// <summary>
/// Holds every public type of the library to the model's rules: immutable (no public setter, no
/// public mutable field) and compared by value (IEquatable, Equals, GetHashCode, == and !=).
/// A new public type that breaks a rule fails here.
/// </summary>
public class ModelTypeTest
{
    // Mutable on purpose: a builder collects entities before they become an immutable dossier, and
    // a stream validator keeps its place in the stream of events it is given.
    private static readonly HashSet<Type> MutableByDesign = [typeof(DossierBuilder), typeof(ConflictModel.Validation.DossierStreamValidator)];

    // Services, not values: they do work and are compared by identity. Each is immutable or
    // per-call (the context), which the setter and field tests still check. The validation results'
    // System.Text.Json context is infrastructure like the serialization layer's.
    private static readonly HashSet<Type> Services =
        [typeof(ConflictModel.Validation.DossierValidator), typeof(ConflictModel.Validation.ValidationContext), typeof(ConflictModel.Validation.DossierRule),
         typeof(ConflictModel.Merging.EntityResolver), typeof(ConflictModel.Merging.ResolutionOverrides),
         typeof(ConflictModel.Merging.EventMatcher), typeof(ConflictModel.Merging.EventTypeCompatibility), typeof(ConflictModel.Merging.DossierMerger),
         typeof(ConflictModel.Validation.ValidationJsonContext)];

    // Settings set once with object initializers, in the manner of System.Text.Json's options; they hold no model data.
    private static readonly HashSet<Type> Options = [typeof(ConflictModel.Merging.EntityResolverOptions), typeof(ConflictModel.Merging.EventMatchOptions),
         typeof(ConflictModel.Merging.DossierMergeOptions)];

    public static TheoryData<Type> ModelTypes() => new(ModelTypeList());

    public static TheoryData<Type> ValueTypes() => new(ModelTypeList().Where(t => !Services.Contains(t)));

    // The serialization layer is infrastructure in the manner of System.Text.Json: options that
    // freeze on first use, converters, a context and an exception; it holds no model data.
    private static readonly HashSet<string?> ModelNamespaces = ["ConflictModel", "ConflictModel.Validation", "ConflictModel.Merging"];

    private static IEnumerable<Type> ModelTypeList() =>
        typeof(Dossier).Assembly.GetExportedTypes()
            .Where(t => ModelNamespaces.Contains(t.Namespace))
            .Where(t => !t.IsInterface && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !MutableByDesign.Contains(t) && !Options.Contains(t))
            // A generic model type is held to the rules as it is used, closed over an id type.
            .Select(t => t.IsGenericTypeDefinition ? t.MakeGenericType(typeof(ActorId)) : t)
            .OrderBy(t => t.FullName, StringComparer.Ordinal);

    [Fact]
    public void ModelTypes_CoverTheCoreConcepts()
    {
        var names = ModelTypeList().Select(t => t.Name).ToList();

        names.Should().Contain(["Actor", "Alliance", "ActorRelation", "Place", "Source", "Report", "Claim", "ConflictEvent", "Figure", "Dossier",
            "ActorId", "FuzzyDate", "LanguageTag", "NameSet", "EventAssertion", "ExactCount"]);
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_HasNoPublicSetter(Type type)
    {
        var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name);

        settable.Should().BeEmpty($"{type.Name} is a model type and must be immutable");
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void PublicType_HasNoPublicMutableField(Type type)
    {
        var mutable = type.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);

        mutable.Should().BeEmpty($"{type.Name} is a model type and must be immutable");
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void PublicType_HasValueEquality(Type type)
    {
        typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type)
            .Should().BeTrue($"{type.Name} must implement IEquatable<{type.Name}>");
        type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType
            .Should().NotBe<object>($"{type.Name} must override Equals(object)").And.NotBe<ValueType>();
        type.GetMethod(nameof(GetHashCode), Type.EmptyTypes)!.DeclaringType
            .Should().NotBe<object>($"{type.Name} must override GetHashCode()").And.NotBe<ValueType>();
        type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type])
            .Should().NotBeNull($"{type.Name} must define ==");
        type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type])
            .Should().NotBeNull($"{type.Name} must define !=");
    }

    [Theory]
    [MemberData(nameof(ValueTypes))]
    public void PublicClass_IsSealedOrAbstract(Type type)
    {
        if (type.IsValueType)
        {
            return;
        }
        (type.IsSealed || type.IsAbstract).Should().BeTrue($"{type.Name} must be sealed, or abstract for host subtypes");
    }
}
