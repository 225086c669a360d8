using System.Collections;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ConflictModel.Tests.PublicApi;

/// <summary>
/// A record's generated ToString prints a list member as its CLR type name
/// (<c>System.Collections.Generic.List`1[…]</c>): every public record that holds a list must say
/// in its own words what the list holds.
/// </summary>
public class RecordTextTest
{
    public static TheoryData<Type> RecordsWithLists() => new(
        new[] { typeof(Dossier).Assembly, typeof(ConflictModel.Interop.AcledCsv).Assembly }
            .SelectMany(a => a.GetExportedTypes())
            .Where(IsRecord)
            .Where(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => IsList(p.PropertyType)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal));

    [Fact]
    public void RecordsWithLists_IncludeTheQueryAnswers()
    {
        RecordsWithLists().Select(row => row.Data).Should().Contain([typeof(ControlAnswer), typeof(Corroboration)]);
    }

    [Theory]
    [MemberData(nameof(RecordsWithLists))]
    public void PublicRecordWithAList_WritesItsOwnText(Type type)
    {
        var toString = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes)!;
        var printMembers = type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(System.Text.StringBuilder)])!;

        bool ownToString = toString.DeclaringType == type && !Generated(toString);
        bool ownMembers = printMembers.DeclaringType == type && !Generated(printMembers);

        (ownToString || ownMembers).Should().BeTrue(
            $"{type.Name} holds a list, which a generated ToString prints as its System.Collections.Generic type name");
    }

    // Not inherited: an override written by hand of a generated method is not generated.
    private static bool Generated(MethodInfo method) => method.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);

    private static bool IsRecord(Type type) =>
        type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(System.Text.StringBuilder)]) is not null;

    // A list given as an interface prints as whatever class holds it; a list type of the library's
    // own (ExtensionData, NameSet) that writes its own ToString is readable already.
    private static bool IsList(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type)
        && (type.IsInterface || type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType == typeof(object));
}
