namespace ConflictModel;

/// <summary>A term of one of the model's open vocabularies; see <see cref="VocabularySyntax"/>.</summary>
/// <remarks>Implementations are immutable and thread-safe.</remarks>
public interface IVocabularyTerm
{
    /// <summary>Gets the text of the term; null only for the default value, which is never a valid term.</summary>
    string Value { get; }
}
