using CrossCheck.Analysis;
using CrossCheck.Analysis.Claims;
using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>A unit before IDF weighting: its key in the story vocabulary and its position.</summary>
internal sealed record RawUnit(AlignmentUnit Unit, string VocabularyKey);

/// <summary>The raw units of a span plus the negation cues found in it. <paramref name="BackgroundNegation"/>: the span's
/// only cues are in its background (a non-restrictive relative clause: "a union official, who asked <i>not</i> to be
/// named, said ..."), which negates what that clause says of someone, not the span's statement.</summary>
internal sealed record RawSpan(IReadOnlyList<RawUnit> Units, IReadOnlyList<string> NegationCues, bool BackgroundNegation = false);

/// <summary>Turns a span of an analysed article into alignable units: dates and quantities (from the analysis)
/// become one unit each, entity mentions one unit keyed by their story-level entity id, remaining content
/// words one unit keyed by lemma. Function words are dropped; the negation cues of the span's negation scope are
/// collected, and each unit is marked when a cue governs it.</summary>
/// <remarks><paramref name="storyZone"/>: the zone of the place the story reports on, for clock times said to be in
/// "local time" by a report that names no place with a known zone (<see cref="ClockTimes.StoryZone"/>).</remarks>
internal sealed class UnitExtractor(EntityIndex entities, IWordRelatedness lexicon, EventSlotReader? slots = null, string? storyZone = null)
{
    private readonly EventSlotReader _slots = slots ?? EventSlotReader.Default;

    private readonly Dictionary<string, int> _lemmaIds = new(StringComparer.Ordinal);

    /// <summary>The units of [<paramref name="start"/>, <paramref name="end"/>) without the tokens of
    /// <paramref name="excluded"/>. <paramref name="negation"/> is the span's negation scope as the analysis found
    /// it (<see cref="Claim.Negation"/>); for a span that is not a claim it is found here by the same detector.</summary>
    public RawSpan Extract(AnalysedArticle article, int start, int end, (int Start, int End)? excluded = null, NegationScope? negation = null)
    {
        var text = article.Article.Text;
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var articleId = article.Article.Id;
        var dates = article.Dates.Where(d => Overlaps(d.Start, d.End, start, end)).ToList();
        var quantities = article.Quantities.Where(q => Overlaps(q.Start, q.End, start, end)).ToList();
        var mentions = article.Mentions.Where(m => Overlaps(m.Start, m.End, start, end)).ToList();
        var units = new List<RawUnit>();
        var cues = new List<string>();
        var backgroundCues = new List<string>();
        var emitted = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var tokens = article.Reading.Tokens.Within(start, end);
        negation ??= NegationDetector.Scope(tokens, end, excluded);
        var names = mentions
            .Select(m => (m, entities.EntityIdOf(articleId, m.Start, m.End) ?? "n:" + m.Text.ToLowerInvariant()))
            .ToList();
        var classes = WordClasses(article, start, end);
        var context = new SlotContext(text, tokens, dates, quantities, names, classes);
        var governing = new List<NegationCue>();
        var background = BackgroundClauses.Find(tokens);
        var dateline = Datelines.Find(tokens);
        // A piece that gives a figure or a date states something to be checked ("..., resulting in some 100
        // casualties", "Buckley, 32,"): it stays in the main statement (decision 376).
        var asides = ClaimClauses.Asides(tokens, classes)
            .Where(a => !dates.Any(d => d.Start >= a.Start && d.Start < a.End) && !quantities.Any(q => q.Start >= a.Start && q.Start < a.End))
            .ToList();
        var segment = 0;
        Token? previous = null;
        for (var t = 0; t < tokens.Count; previous = tokens[t], t++)
        {
            var token = tokens[t];
            if ((excluded is { } ex && token.Start >= ex.Start && token.End <= ex.End)
                || (dateline is { } line && token.Start >= line.Start && token.End <= line.End))
            {
                continue;
            }

            var lower = token.Text.ToLowerInvariant();
            if (token.Kind == TokenKind.Punctuation && lower is "\"" or "“" or "”" or ";" or ":" or "—" or "–")
            {
                segment++;
            }

            // A cue read as part of a date, a figure or a name (above) does not negate.
            var inScope = governing.Exists(c => c.Governs(token.Start));
            var aside = InBackground(asides, token.Start);
            var position = units.Count;
            if (dates.FirstOrDefault(d => Inside(token, d.Start, d.End)) is { } date)
            {
                if (emitted.Add(date))
                {
                    var key = ClockTimes.Key(article, date, mentions, storyZone);
                    var slot = inScope ? null : _slots.Date(context, date);
                    units.Add(new RawUnit(new AlignmentUnit(UnitKind.Date, key, date.Text, position, 0, Date: date, InNegationScope: inScope, Segment: segment, OfStatement: date.Role == DateRole.Statement, Slot: slot, Aside: aside), "d:" + key));
                }

                continue;
            }

            if (quantities.FirstOrDefault(q => Inside(token, q.Start, q.End) && !CountsWord(q.Counts, lower)) is { } quantity)
            {
                if (emitted.Add(quantity))
                {
                    var slot = inScope ? null : _slots.Quantity(context, quantity);
                    units.Add(new RawUnit(new AlignmentUnit(UnitKind.Quantity, "", quantity.Text, position, 0, Quantity: quantity, InNegationScope: inScope, Segment: segment, Slot: slot, Aside: aside), "q:"));
                }

                continue;
            }

            // A token that starts inside a mention belongs to it ("Company's" ending "Halvard Port Company").
            if (mentions.FirstOrDefault(m => token.Start >= m.Start && token.Start < m.End) is { } mention)
            {
                if (emitted.Add(mention))
                {
                    var key = entities.EntityIdOf(articleId, mention.Start, mention.End) ?? "n:" + mention.Text.ToLowerInvariant();
                    var words = mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
                    units.Add(new RawUnit(new AlignmentUnit(UnitKind.Entity, key, mention.Text, position, 0, SurfaceWords: words, InNegationScope: inScope, Segment: segment, MayBePerson: mention.Type is EntityType.Person or EntityType.Other, Background: InBackground(background, mention.Start), AfterPreposition: previous is { } before && classes.GetValueOrDefault(before.Start) == WordClass.Preposition, Aside: aside, PlacePreposition: PlacePreposition(tokens, t, mention.Type)), "e:" + key));
                }

                continue;
            }

            if (token.Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (negation.CueAt(token.Start) is { } cue)
            {
                (InBackground(background, token.Start) ? backgroundCues : cues).Add(cue.Word);
                governing.Add(cue);
                continue;
            }

            if (IsParticleOf(units, previous, lower, tokens, t, dates))
            {
                units[^1] = units[^1] with { Unit = units[^1].Unit with { Particle = lower } };
                continue;
            }

            if (FunctionWords.IsUncheckable(lower) || lexicon.IsStopWord(lower))
            {
                continue;
            }

            var lemma = token.Kind == TokenKind.Number ? lower : lexicon.Lemma(lower);
            units.Add(new RawUnit(new AlignmentUnit(UnitKind.Word, lemma, token.Text, position, 0, LemmaId: LemmaId(lemma), Informativeness: lexicon.Informativeness(lower), InNegationScope: inScope, Segment: segment, Class: classes.GetValueOrDefault(token.Start), Background: InBackground(background, token.Start), Aside: aside), "w:" + lemma));
        }

        // A claim that is mostly its background clause is about it (KeepBackground): then the clause's cues are the claim's.
        var kept = KeepBackground(units);
        return kept.Exists(u => u.Unit.Background)
            ? new RawSpan(kept, cues, BackgroundNegation: cues.Count == 0 && backgroundCues.Count > 0)
            : new RawSpan(kept, [.. cues, .. backgroundCues]);
    }

    /// <summary>A particle with an opposite (<see cref="EventWords.OppositeParticles"/>) right after the verb that is the
    /// last unit, when the verb keeps the particles' literal senses ("switched off", <see cref="EventWords.LiteralParticleVerbs"/>), or after a form of "be" right after the last unit, whose state it then states ("the
    /// alarms were off"); not "switched on Monday" (a date or a word of time follows) nor "injured in the fire" ("in"
    /// only ends a clause, <see cref="EventWords.ClauseFinalParticles"/>).</summary>
    private static bool IsParticleOf(List<RawUnit> units, Token? previous, string lower, IReadOnlyList<Token> tokens, int t, IReadOnlyList<DateMention> dates)
    {
        if (!EventWords.OppositeParticles.ContainsKey(lower) || previous is not { } before || units.Count == 0
            || units[^1].Unit is not { Kind: UnitKind.Word or UnitKind.Entity, Particle: null } last)
        {
            return false;
        }

        var afterVerb = last is { Kind: UnitKind.Word, Class: WordClass.Verb } && EventWords.LiteralParticleVerbs.Contains(last.Key)
            && string.Equals(last.Surface, before.Text, StringComparison.Ordinal);
        var afterBe = t >= 2 && ClosedClassWords.BeForms.Contains(before.Text.ToLowerInvariant())
            && tokens[t - 2].Text.Length > 0 && last.Surface.EndsWith(tokens[t - 2].Text, StringComparison.Ordinal);
        if (!afterVerb && !afterBe)
        {
            return false;
        }

        if (t + 1 >= tokens.Count)
        {
            return true;
        }

        var next = tokens[t + 1];
        return !dates.Any(d => Inside(next, d.Start, d.End)) && !TimeWords.IsTimeNoun(next.Text.ToLowerInvariant())
            && (!EventWords.ClauseFinalParticles.Contains(lower)
                || next.Kind == TokenKind.Punctuation || NegationWords.ReachEnders.Contains(next.Text.ToLowerInvariant()));
    }

    /// <summary>The preposition that puts the name starting at token <paramref name="t"/> in a place role: right before
    /// it ("near Alexandria" → "near"), or before a frame noun and "of", then given with the noun ("off the coast of
    /// Sicily" → "off coast", "from the village of Hestrup" → "from village", with an article and up to one word
    /// between). Null for a person or an organisation.</summary>
    internal static string? PlacePreposition(IReadOnlyList<Token> tokens, int t, EntityType type)
    {
        if (type is EntityType.Person or EntityType.Organization || t < 1)
        {
            return null;
        }

        var k = t - 1;
        if (string.Equals(tokens[k].Text, "of", StringComparison.OrdinalIgnoreCase))
        {
            var frame = k - 1;
            if (frame < 0 || tokens[frame].Text.ToLowerInvariant() is var noun
                && !ContextTypeWords.PlaceFrames.Contains(noun) && !ContextTypeWords.AdministrativeUnits.Contains(noun))
            {
                return null;
            }

            for (k = frame - 1; k >= 0 && k >= frame - 3; k--)
            {
                var lower = tokens[k].Text.ToLowerInvariant();
                if (ContextTypeWords.PlacePrepositions.ContainsKey(lower))
                {
                    return lower + " " + noun;
                }

                if (tokens[k].Kind != TokenKind.Word)
                {
                    return null;
                }
            }

            return null;
        }

        var word = tokens[k].Text.ToLowerInvariant();
        return ContextTypeWords.PlacePrepositions.ContainsKey(word) ? word : null;
    }

    private static bool InBackground(IReadOnlyList<(int Start, int End)> ranges, int position) =>
        ranges.Any(r => position >= r.Start && position < r.End);

    /// <summary>Background is marked only where the rest of the claim states something of its own: at least
    /// <see cref="BackgroundClauses.MinimumMainUnits"/> words and names, and no fewer than the background holds.</summary>
    private static List<RawUnit> KeepBackground(List<RawUnit> units)
    {
        var inBackground = units.Count(u => u.Unit.Background);
        if (inBackground == 0)
        {
            return units;
        }

        var main = units.Count(u => !u.Unit.Background && u.Unit.Kind is UnitKind.Word or UnitKind.Entity);
        return main >= BackgroundClauses.MinimumMainUnits && main >= inBackground
            ? units
            : [.. units.Select(u => u.Unit.Background ? u with { Unit = u.Unit with { Background = false } } : u)];
    }

    /// <summary>The word class of each token of the span (by its start), from the analysis of its sentences.</summary>
    private static Dictionary<int, WordClass> WordClasses(AnalysedArticle article, int start, int end)
    {
        var classes = new Dictionary<int, WordClass>();
        foreach (var sentence in article.Reading.Sentences)
        {
            if (sentence is null || sentence.Count == 0 || sentence.Tokens[^1].End <= start || sentence.Tokens[0].Start >= end)
            {
                continue;
            }

            for (var i = 0; i < sentence.Count; i++)
            {
                classes[sentence.Tokens[i].Start] = sentence.Classes[i];
            }
        }

        return classes;
    }

    /// <summary>A small integer per distinct lemma, so similarity caches key on two ints, not two strings.</summary>
    private int LemmaId(string lemma)
    {
        if (!_lemmaIds.TryGetValue(lemma, out var id))
        {
            id = _lemmaIds.Count;
            _lemmaIds[lemma] = id;
        }

        return id;
    }

    private static bool Overlaps(int aStart, int aEnd, int bStart, int bEnd) => aStart < bEnd && bStart < aEnd;

    private static bool Inside(Token token, int start, int end) => token.Start >= start && token.End <= end;

    private static bool CountsWord(string? counts, string lowerWord) =>
        counts is not null && counts.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(w => string.Equals(w.ToLowerInvariant(), lowerWord, StringComparison.Ordinal));
}
