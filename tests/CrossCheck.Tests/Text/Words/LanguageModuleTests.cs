using System.Collections.Frozen;
using System.Reflection;
using CrossCheck.Text;

namespace CrossCheck.Tests.Text.Words;

/// <summary>English word knowledge lives in one module (namespace <c>CrossCheck.Text</c>): no stage keeps a
/// private word list. Every static collection of strings elsewhere in the core must be named here, with why
/// it is not language knowledge.</summary>
public sealed class LanguageModuleTests
{
    private static readonly Dictionary<string, string> NotLanguage = new(StringComparer.Ordinal)
    {
        ["CrossCheck.Extraction.Html.ClassHints.Boilerplate"] = "HTML class names",
        ["CrossCheck.Extraction.Html.ClassHints.Content"] = "HTML class names",
        ["CrossCheck.Extraction.Html.ClassHints.WeakBoilerplate"] = "HTML class names",
        ["CrossCheck.Extraction.Html.ClassHints.BoilerplateRoles"] = "ARIA roles",
        ["CrossCheck.Extraction.Html.HtmlTags.BlockTags"] = "HTML tags",
        ["CrossCheck.Extraction.Html.HtmlTags.NonContentTags"] = "HTML tags",
        ["CrossCheck.Extraction.Html.NestingLimiter.VoidTags"] = "HTML tags",
        ["CrossCheck.Extraction.Html.ParagraphFilter.StockPhrases"] = "web page furniture (\"Read more\", \"Share\")",
        ["CrossCheck.Extraction.Html.ParagraphFilter.Stock"] = "web page furniture (\"Read more\", \"Share\")",
        ["CrossCheck.Extraction.Html.PublicationDateLocator.MetaKeys"] = "HTML meta names",
        ["CrossCheck.Extraction.Html.PublicationDateLocator.ModifiedMetaKeys"] = "HTML meta names",
        ["CrossCheck.Extraction.Html.PublicationDateLocator.ScriptKeys"] = "keys of page script data",
        ["CrossCheck.Extraction.Html.TitleCleaner.Separators"] = "title punctuation",
        ["CrossCheck.Text.Dates.FeedDates.Formats"] = "date format strings",
        ["CrossCheck.Ingest.Readers.DocumentIds.CompressionSuffixes"] = "file name suffixes",
        ["CrossCheck.Ingest.Web.InputRouter.FeedExtensions"] = "file name suffixes",
        ["CrossCheck.Storage.UrlCanonicalizer.TrackingPrefixes"] = "URL tracking parameters",
        ["CrossCheck.Storage.UrlCanonicalizer.TrackingNames"] = "URL tracking parameters",
        ["CrossCheck.Alignment.SlotComparison.MeasuredBaseUnits"] = "base units of the unit table (Text/Units) whose sole measurement clashes",
        ["CrossCheck.Outlets.OutletNames.NoiseWords"] = "parts of outlet names and domains (the one outlet-name normaliser)",
    };

    [Fact]
    public void No_static_string_collection_lives_outside_the_language_module_unless_it_is_not_language()
    {
        var privateLists = StaticStringCollections()
            .Where(field => field.DeclaringType!.Namespace != "CrossCheck.Text")
            .Select(Name)
            .Where(name => !NotLanguage.ContainsKey(name))
            .ToList();

        Assert.True(privateLists.Count == 0, "Word lists outside the language module: " + string.Join(", ", privateLists));
    }

    [Fact]
    public void The_allow_list_names_only_fields_that_exist()
    {
        var names = StaticStringCollections().Select(Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal([], NotLanguage.Keys.Where(name => !names.Contains(name)).ToList());
    }

    [Fact]
    public void The_scan_finds_the_language_modules_own_sets()
    {
        var names = StaticStringCollections().Select(Name).ToList();

        Assert.Contains("CrossCheck.Text.FunctionWords.NeverNames", names);
        Assert.Contains("CrossCheck.Text.ReportingVerbs.Lemmas", names);
        Assert.Contains("CrossCheck.Text.NumberWords.Ordinals", names);
    }

    /// <summary>"Namespace.Type.Field", with a property's backing field named after the property.</summary>
    private static string Name(FieldInfo field)
    {
        var name = field.Name.StartsWith('<') ? field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)] : field.Name;
        return $"{field.DeclaringType!.FullName!.Replace('+', '.')}.{name}";
    }

    private static IEnumerable<FieldInfo> StaticStringCollections() =>
        typeof(Tokenizer).Assembly.GetTypes()
            .Where(type => type.Namespace?.StartsWith("CrossCheck", StringComparison.Ordinal) == true
                           && !type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .SelectMany(type => type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(field => !field.IsLiteral && IsStringCollection(field.FieldType));

    private static bool IsStringCollection(Type type)
    {
        if (type == typeof(string[]))
        {
            return true;
        }

        if (!type.IsGenericType)
        {
            return false;
        }

        var definition = type.GetGenericTypeDefinition();
        var first = type.GetGenericArguments()[0];
        return first == typeof(string)
            && (definition == typeof(HashSet<>) || definition == typeof(FrozenSet<>) || definition == typeof(Dictionary<,>)
                || definition == typeof(FrozenDictionary<,>) || definition == typeof(System.Buffers.SearchValues<>)
                || definition == typeof(List<>) || definition == typeof(IReadOnlySet<>) || definition == typeof(ISet<>)
                || definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IReadOnlyList<>));
    }
}
