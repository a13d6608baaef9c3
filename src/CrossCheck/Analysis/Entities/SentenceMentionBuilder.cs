using CrossCheck.Text;

namespace CrossCheck.Analysis.Entities;

/// <summary>Turns the name runs of one sentence into mentions: splits titles off as descriptors, joins
/// appositions ("Kosovo's Prime Minister, Albin Kurti"), types names and adds role descriptions.</summary>
internal sealed class SentenceMentionBuilder(string text, List<Word> words, int sentenceIndex, ProperWordFilter filter, Gazetteer gazetteer)
{
    private readonly List<EntityMention> _mentions = [];

    public List<EntityMention> Build()
    {
        var headline = ProperWordFilter.IsHeadlineCase(text, words, gazetteer);
        var proper = words.Select(w => filter.IsProper(w, headline)).ToArray();
        KeepOpeningTitlesAndNames(proper);
        if (!headline)
        {
            KeepNameInitials(proper);
        }

        var runs = NameRunFinder.Find(text, words, proper, gazetteer);
        string? pendingDescriptor = null;
        var lastNameMention = (Run: -1, Index: -1);
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var nameStart = DescriptorSplitter.NameStart(text, words, run, gazetteer);
            AddKnownNamesIn(run.First, Math.Min(nameStart, run.Last + 1) - 1);
            var descriptor = pendingDescriptor;
            pendingDescriptor = null;
            if (nameStart > run.Last)
            {
                var span = Span(run.First, run.Last);
                if (r + 1 < runs.Count && runs[r + 1].First == run.Last + 1 && words[run.Last + 1].GapBefore == WordGap.Comma)
                {
                    pendingDescriptor = span;
                }
                else if (lastNameMention.Run == r - 1 && r > 0 && IsApposition(runs[r - 1], run))
                {
                    var named = _mentions[lastNameMention.Index];
                    _mentions[lastNameMention.Index] = named with { Type = EntityType.Person, Descriptor = named.Descriptor ?? span };
                }
                else
                {
                    Add(run.First, run.Last, EntityType.Person, span);
                }

                continue;
            }

            if (nameStart > run.First)
            {
                lastNameMention = (r, Add(nameStart, run.Last, EntityType.Person, Span(run.First, nameStart - 1)));
                continue;
            }

            descriptor ??= LeadingDescriptor(run.First);
            if (descriptor is not null)
            {
                lastNameMention = (r, Add(run.First, run.Last, EntityType.Person, descriptor));
            }
            else if (TrailingRole(run.Last) is { } role)
            {
                lastNameMention = (r, Add(run.First, run.Last, EntityType.Person, role));
            }
            else if (!IsDemonymOnly(run))
            {
                var type = MentionTyper.Type(text, words, run.First, run.Last, gazetteer);
                if (!IsLikelyCommonWord(run, type))
                {
                    lastNameMention = (r, Add(run.First, run.Last, type, null));
                }
            }
        }

        foreach (var (first, last) in RoleMentionFinder.Find(words, gazetteer))
        {
            Add(first, last, EntityType.Person, Span(first, last));
        }

        return _mentions;
    }

    /// <summary>A sentence-opening ordinary word stays capitalised when it starts a title, a known name or
    /// a person's name with the proper words after it ("Prime Minister Ana Petrova", "North Atlantic Treaty
    /// Organization", "Mark Rutte").</summary>
    private void KeepOpeningTitlesAndNames(bool[] proper)
    {
        for (var k = 0; k + 1 < words.Count; k++)
        {
            if (proper[k] || !words[k].SentenceInitial || !words[k].IsCapitalised || !proper[k + 1] || words[k + 1].GapBefore != WordGap.Space
                || FunctionWords.Contains(words[k].Lower) || TimeWords.IsCalendarWord(words[k].Lower))
            {
                continue;
            }

            var startsName = false;
            for (var last = k + 1; last < Math.Min(words.Count, k + 5) && !startsName; last++)
            {
                startsName = gazetteer.NameType(Span(k, last)) is not null;
            }

            var next = words[k + 1];
            // "Mark Rutte": an ordinary word opening a one-word surname is a first name. Before a full name of
            // its own ("Assistant Petra Ilves", "Striker Jan Kos") it describes the person instead.
            var fullNameAfter = k + 2 < words.Count && proper[k + 2] && words[k + 2].GapBefore == WordGap.Space
                && !gazetteer.IsCommonWord(words[k + 2].Lower);
            var firstName = !gazetteer.IsCommonWord(next.Lower) && !next.IsAcronym && gazetteer.NameType(next.Text) is null
                && gazetteer.DemonymPlace(next.Text) is null && !words[k].Lower.EndsWith("ly", StringComparison.Ordinal) && !fullNameAfter;
            proper[k] = startsName || firstName || TitleMatcher.TitleLength(words, k, gazetteer) == 2;
        }
    }

    /// <summary>"village head Rusdi A, speaking": a lone capital letter after a name and before a comma or the
    /// end of the sentence is part of the name, even the letter that is otherwise the article "A".</summary>
    private void KeepNameInitials(bool[] proper)
    {
        for (var k = 1; k < words.Count; k++)
        {
            var word = words[k];
            if (!proper[k] && word.Text.Length == 1 && char.IsUpper(word.Text[0]) && !word.SentenceInitial && proper[k - 1]
                && word.GapBefore == WordGap.Space && !words[k - 1].Possessive && (k + 1 == words.Count || words[k + 1].GapBefore != WordGap.Space))
            {
                proper[k] = true;
            }
        }
    }

    private string Span(int first, int last) => DescriptorSplitter.Span(text, words, first, last);

    private int Add(int first, int last, EntityType type, string? descriptor)
    {
        _mentions.Add(new EntityMention(Span(first, last), words[first].Start, words[last].End, type, sentenceIndex, descriptor));
        return _mentions.Count - 1;
    }

    /// <summary>"Albin Kurti, Kosovo's Prime Minister" or "Jens Stoltenberg, the NATO Secretary General".</summary>
    private bool IsApposition(NameRun name, NameRun descriptor)
    {
        var between = descriptor.First - name.Last - 1;
        return (between == 0 && words[descriptor.First].GapBefore == WordGap.Comma)
            || (between == 1 && words[name.Last + 1].Lower == "the" && words[name.Last + 1].GapBefore == WordGap.Comma);
    }

    /// <summary>A lower-case title right before a name: "Serbian president Aleksandar Vučić".</summary>
    private string? LeadingDescriptor(int nameFirst)
    {
        var p = nameFirst - 1;
        if (p < 0 || words[nameFirst].GapBefore != WordGap.Space || words[p].IsCapitalised || words[p].Possessive)
        {
            return null;
        }

        var roleStart = p >= 1 && TitleMatcher.TitleLength(words, p - 1, gazetteer) == 2 && (!words[p - 1].IsCapitalised || words[p - 1].SentenceInitial) ? p - 1
            : TitleMatcher.TitleLength(words, p, gazetteer) == 1 ? p : -1;
        if (roleStart < 0)
        {
            return null;
        }

        var start = roleStart;
        while (start > 0 && words[start].GapBefore == WordGap.Space && words[start - 1].Lower is not ("the" or "of")
               && DescriptorSplitter.IsModifier(words[start - 1], gazetteer))
        {
            start--;
        }

        if (start > 0 && words[start].GapBefore == WordGap.Space && words[start - 1].SentenceInitial && words[start - 1].IsCapitalised
            && !FunctionWords.Contains(words[start - 1].Lower))
        {
            start--; // "Deputy minister Hugo Brand"
        }

        var before = start > 0 ? words[start - 1] : null;
        var introduced = before is null || start == 0 || words[start].GapBefore != WordGap.Space || before.Lower is "the" or "a" or "an" || before.Possessive;
        return introduced || start < roleStart ? Span(start, p) : null;
    }

    /// <summary>A lower-case role in apposition after a name: "Pavel Strand, director of the National
    /// Water Authority," or "Nadia Rusk, a spokeswoman for the agency,".</summary>
    private string? TrailingRole(int nameLast)
    {
        var k = nameLast + 1;
        if (k >= words.Count || words[k].GapBefore != WordGap.Comma || words[nameLast].Possessive)
        {
            return null;
        }

        if (words[k].Lower is "the" or "a" or "an")
        {
            k++;
        }

        var start = k;
        for (var modifiers = 0; k < words.Count && modifiers <= 2; modifiers++, k++)
        {
            if (k > start && words[k].GapBefore != WordGap.Space)
            {
                return null;
            }

            var length = TitleMatcher.TitleLength(words, k, gazetteer);
            if (length > 0 && !words[k].IsCapitalised)
            {
                var end = k + length - 1;
                while (end + 1 < words.Count && words[end + 1].GapBefore == WordGap.Space && end - k < 8)
                {
                    end++;
                }

                var closed = end + 1 >= words.Count || words[end + 1].GapBefore == WordGap.Comma;
                return closed ? Span(start, end) : Span(start, k + length - 1);
            }

            if (FunctionWords.Contains(words[k].Lower) || words[k].IsNumber)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Known places and organisations inside a descriptor ("NATO" in "NATO Secretary General").</summary>
    private void AddKnownNamesIn(int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (TitleMatcher.TitleLength(words, k, gazetteer) > 0 && !words[k].IsAcronym)
            {
                continue;
            }

            for (var end = Math.Min(last, k + 2); end >= k; end--)
            {
                var type = gazetteer.NameType(Span(k, end));
                if (type is EntityType.Place or EntityType.Organization || (end == k && words[k].IsAcronym))
                {
                    Add(k, end, type ?? EntityType.Organization, null);
                    k = end;
                    break;
                }
            }
        }
    }

    /// <summary>A lone capitalised word that is an ordinary word here: a sentence opener the article
    /// never capitalises elsewhere ("Midterm elections"), or an untyped common word ("Western countries").</summary>
    private bool IsLikelyCommonWord(NameRun run, EntityType type)
    {
        if (run.First != run.Last || type != EntityType.Other)
        {
            return false;
        }

        var word = words[run.First];
        if (word.IsAcronym || word.Possessive || word.Text.Skip(1).Any(char.IsUpper) || MentionTyper.IsSpeaker(words, run.First, run.Last, gazetteer))
        {
            return false;
        }

        return gazetteer.IsCommonWord(word.Lower) || (word.SentenceInitial && !filter.SeenMidSentence(word));
    }

    private bool IsDemonymOnly(NameRun run) =>
        run.First == run.Last && gazetteer.DemonymPlace(words[run.First].Text) is not null && gazetteer.NameType(words[run.First].Text) is null;
}
