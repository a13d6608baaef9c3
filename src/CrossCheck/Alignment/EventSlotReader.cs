using CrossCheck.Analysis.Entities;
using CrossCheck.Analysis.Quantities;
using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The tokens of a span with what the analysis found in it, for reading the slots of its figures and dates.
/// <see cref="Names"/> are the entity mentions with their story-level entity keys.</summary>
internal sealed record SlotContext(
    string Text,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<QuantityMention> Quantities,
    IReadOnlyList<(EntityMention Mention, string Key)> Names,
    IReadOnlyDictionary<int, WordClass>? Classes = null);

/// <summary>Reads the <see cref="EventSlot"/> of a figure or a date from the words of its clause. The anchor is the
/// nearest word that evokes an outcome or a date slot (<see cref="EventLexicon"/>), looking both ways up to
/// <see cref="Reach"/> words within the figure's segment (not across a quotation mark, semicolon, colon or dash); each
/// comma or clause joiner ("and", "while", "which") crossed on the way costs <see cref="CrossingCost"/> words, so in
/// "killed 3 and injured 40" the 3 goes with "killed" and the 40 with "injured". The scope (places, dates, a part
/// of a whole) is read within the clause only: up to the nearest comma or clause joiner.</summary>
internal sealed class EventSlotReader(EventLexicon events, Lexicon lexicon)
{
    public static EventSlotReader Default { get; } = new(EventLexicon.Default, Lexicon.Default);

    /// <summary>Words looked at on each side of a figure or date.</summary>
    public const int Reach = 8;

    /// <summary>Words looked at on each side for the scope (places, dates), within the clause.</summary>
    public const int ScopeReach = 16;

    /// <summary>What crossing a comma or a clause joiner costs, in words.</summary>
    public const int CrossingCost = 3;

    /// <summary>How far (characters) after a figure its counted phrase may start to be part of the excerpt.</summary>
    private const int CountedPhraseGap = 40;

    public EventSlot? Quantity(SlotContext context, QuantityMention quantity)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(quantity);
        if (Bounds(context, quantity.Start, quantity.End) is not { } bounds)
        {
            return null;
        }

        // Outcomes are of things counted: a length, an age or a sum is never the number of the dead.
        var anchor = quantity.Dimension == QuantityDimension.Count
            ? Nearest(context, bounds, word => events.Outcome(word) is var slot && slot != OutcomeSlot.None ? (int)slot : 0, phrases: true, ownClauseFirst: true)
            : null;
        var outcome = anchor is { } found ? (OutcomeSlot)found.Slot : OutcomeSlot.None;
        var end = quantity.End;
        if (quantity.Counts is { } counts)
        {
            var at = context.Text.IndexOf(counts, quantity.End, StringComparison.Ordinal);
            if (at >= 0 && at - quantity.End <= CountedPhraseGap)
            {
                end = at + counts.Length;
            }
        }

        var excerpt = Excerpt(context.Text, quantity.Start, end, anchor);
        var scope = Scope(context, bounds, quantity.Start, quantity.End, subsetMarkers: true, count: quantity.Dimension == QuantityDimension.Count);
        if (Coordinated(context, quantity, end))
        {
            scope = scope with { Conjoined = true };
        }

        if (quantity.Dimension == QuantityDimension.Length)
        {
            var (reference, noun) = DistanceReference(context, bounds);
            scope = scope with { Reference = reference, ReferenceNoun = noun, PlacesAName = ApposedToAName(context, bounds) };
        }

        // An age in apposition ("Robert Buckley, 32, died") has no verb in its own clause: the verb past the comma is its.
        var predicate = outcome == OutcomeSlot.None
            ? Predicate(context, bounds) ?? (quantity.Dimension == QuantityDimension.Age ? VerbOf(context, bounds) : null)
            : null;
        return new EventSlot(outcome, DateSlot.None, excerpt, scope, CountsPeople(quantity.Counts), predicate)
        {
            Additive = quantity.Dimension == QuantityDimension.Count && Additive(context, bounds),
            Presence = outcome == OutcomeSlot.None && quantity.Dimension == QuantityDimension.Count && Presence(context, bounds),
            Governor = outcome == OutcomeSlot.None && quantity.Dimension == QuantityDimension.Count ? Governor(context, bounds) : null,
        };
    }

    /// <summary>Words between a governing noun and its figure: "of" and qualifiers ("a recall of more than 60,000").</summary>
    private const int GovernorGap = 3;

    /// <summary>The lemma of the event that takes in the figure's things (<see cref="EventSlot.Governor"/>): the
    /// noun right before "of" before the figure ("a recall of more than 60,000 units"), the subject noun of a
    /// verb of extent right before the figure ("The recall covers nearly 48,000 units"), else the verb right before
    /// the figure ("is recalling about 48,000 units"), or null.</summary>
    private string? Governor(SlotContext context, TokenBounds bounds)
    {
        if (context.Classes is not { } classes)
        {
            return null;
        }

        bool Is(int i, WordClass wordClass) => i >= 0 && classes.TryGetValue(context.Tokens[i].Start, out var c) && c == wordClass;
        var i = bounds.First - 1;
        for (var skipped = 0; i >= 0 && skipped < GovernorGap && context.Tokens[i].Kind == TokenKind.Word
             && QuantityQualifiers.IsQualifierWord(context.Tokens[i].Text.ToLowerInvariant()); skipped++)
        {
            i--;
        }

        // "than" of "more than" and "fewer than" is part of the qualifier.
        if (i >= 1 && string.Equals(context.Tokens[i].Text, "than", StringComparison.OrdinalIgnoreCase))
        {
            i -= 2;
        }

        if (i >= 1 && string.Equals(context.Tokens[i].Text, "of", StringComparison.OrdinalIgnoreCase) && Is(i - 1, WordClass.Noun))
        {
            return lexicon.Lemma(context.Tokens[i - 1].Text, PartOfSpeech.Noun);
        }

        if (i < 0 || !Is(i, WordClass.Verb))
        {
            return null;
        }

        var verb = lexicon.Lemma(context.Tokens[i].Text, PartOfSpeech.Verb);
        if (EventWords.ExtentVerbs.Contains(verb))
        {
            return Is(i - 1, WordClass.Noun) ? lexicon.Lemma(context.Tokens[i - 1].Text, PartOfSpeech.Noun) : null;
        }

        // The verb that takes the figure as its object ("is recalling about 6,400 units"), even one WordNet files
        // among verbs of communication, which the clause's predicate leaves out; never a verb of reporting.
        return ReportingVerbs.Lemmas.Contains(verb) || lexicon.IsStopWord(context.Tokens[i].Text) ? null : verb;
    }

    /// <summary>The word right before the figure ("a further 20,000", "another 300", "an additional six") or right
    /// after it ("six more engines") marks it as an addition to a count given before.</summary>
    private static bool Additive(SlotContext context, TokenBounds bounds)
    {
        var before = bounds.First - 1;
        return (before >= 0 && IsAdditive(context.Tokens[before]))
            || (bounds.Last + 1 < context.Tokens.Count && IsAdditive(context.Tokens[bounds.Last + 1]));
    }

    private static bool IsAdditive(Token token) =>
        token.Kind == TokenKind.Word && EventWords.AdditiveMarkers.Contains(token.Text.ToLowerInvariant());

    /// <summary>Whether the figure's own clause (up to the nearest comma or clause joiner on each side) has a finite
    /// form of "be" or "have" or a verb of presence, and no other verb (<see cref="EventSlot.Presence"/>).</summary>
    private bool Presence(SlotContext context, TokenBounds bounds)
    {
        if (context.Classes is not { } classes)
        {
            return false;
        }

        var presence = false;
        var other = false;
        void Visit(Token token, int cost)
        {
            var lower = token.Text.ToLowerInvariant();
            if (ClosedClassWords.FiniteAuxiliaries.Contains(lower))
            {
                presence = true;
            }
            else if (classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb)
            {
                var lemma = lexicon.Lemma(token.Text, PartOfSpeech.Verb);
                presence |= EventWords.PresenceVerbs.Contains(lemma);
                other |= !EventWords.PresenceVerbs.Contains(lemma);
            }
        }

        Walk(context, bounds.First - 1, -1, stopAtClause: true, Visit);
        Walk(context, bounds.Last + 1, +1, stopAtClause: true, Visit);
        if (!presence && !other && AsideEnd(context, classes, bounds) is var resume and >= 0)
        {
            // An aside in commas right after the counted noun ("About 40 people, most of them children, were in the
            // hall"): the figure's clause goes on past it.
            Walk(context, resume, +1, stopAtClause: true, Visit);
        }

        return presence && !other;
    }

    /// <summary>Where the figure's clause resumes after an aside in commas that follows the figure and its noun: a
    /// stretch of at most <see cref="MaxAsideWords"/> words without a verb ("40 people, most of them children, were ...",
    /// "40 people, the great majority of them children, were ..."). -1 when there is none.</summary>
    private static int AsideEnd(SlotContext context, IReadOnlyDictionary<int, WordClass> classes, TokenBounds bounds)
    {
        const int MaxNounWords = 2;
        var tokens = context.Tokens;
        var i = bounds.Last + 1;
        for (var nouns = 0; i < tokens.Count && nouns < MaxNounWords && tokens[i].Kind == TokenKind.Word; nouns++)
        {
            i++;
        }

        if (i >= tokens.Count || tokens[i].Text != ",")
        {
            return -1;
        }

        for (var j = i + 1; j < tokens.Count && j <= i + MaxAsideWords + 1; j++)
        {
            var token = tokens[j];
            if (token.Text == ",")
            {
                return j > i + 1 ? j + 1 : -1;
            }

            if (token.Kind != TokenKind.Word || EventWords.ClauseJoiners.Contains(token.Text.ToLowerInvariant())
                || (classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb))
            {
                return -1;
            }
        }

        return -1;
    }

    private const int MaxAsideWords = 6;

    /// <summary>The lemma of the nearest verb of the figure's clause that is not a verb of saying ("the ship carried
    /// 212 passengers" → "carry"), or null: what happened to the things counted when no outcome slot names it.</summary>
    private string? Predicate(SlotContext context, TokenBounds bounds)
    {
        if (context.Classes is not { } classes)
        {
            return null;
        }

        string? best = null;
        var bestCost = int.MaxValue;
        void Visit(Token token, int cost)
        {
            if (cost < bestCost && classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb
                && !lexicon.IsStopWord(token.Text) && !lexicon.IsCommunicationVerb(token.Text))
            {
                best = lexicon.Lemma(token.Text, PartOfSpeech.Verb);
                bestCost = cost;
            }
        }

        Walk(context, bounds.First - 1, -1, stopAtClause: true, Visit);
        Walk(context, bounds.Last + 1, +1, stopAtClause: true, Visit);
        return best;
    }

    /// <summary>The lemma of the verb a date (or an age in apposition) is said of: the nearest verb before it in its clause ("sold one of
    /// their fields for $30 million in 1957": "sell"), else after it in its clause, else past a comma ("On June 27,
    /// 1973, he pleaded guilty": "plead"). Verbs of reporting ("said", "told") are not what happened. A verb that
    /// makes a multiword verb WordNet knows with the word after it is that verb ("had taken place": "take place", a
    /// synonym of "occur"), so that two wordings of one happening compare as one verb.</summary>
    private string? VerbOf(SlotContext context, TokenBounds bounds)
    {
        if (context.Classes is not { } classes)
        {
            return null;
        }

        string? found = null;
        void Visit(Token token, int cost)
        {
            if (found is null && classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb && !lexicon.IsStopWord(token.Text)
                && lexicon.Lemma(token.Text, PartOfSpeech.Verb) is var lemma && !ReportingVerbs.Lemmas.Contains(lemma))
            {
                found = MultiwordVerb(context, token, lemma);
            }
        }

        Walk(context, bounds.First - 1, -1, stopAtClause: true, Visit, ScopeReach);
        if (found is null)
        {
            Walk(context, bounds.Last + 1, +1, stopAtClause: true, Visit);
        }

        if (found is null)
        {
            Walk(context, bounds.Last + 1, +1, stopAtClause: false, Visit);
        }

        return found;
    }

    public EventSlot? Date(SlotContext context, DateMention date)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(date);
        if (Bounds(context, date.Start, date.End) is not { } bounds)
        {
            return null;
        }

        var anchor = Nearest(context, bounds, word => events.DateSlotOf(word) is var slot && slot != DateSlot.None ? (int)slot : 0, phrases: false);
        var slot = anchor is { } found ? (DateSlot)found.Slot : DateSlot.None;
        if (AfterUntil(context, bounds.First))
        {
            // "closed until Monday", "will not reopen until Monday": the date the halt ends, the resumption.
            // Anything else "until" a date ("talks continue until Friday") is not one of the slots.
            slot = slot is DateSlot.Halt or DateSlot.Resumption ? DateSlot.Resumption : DateSlot.None;
        }

        var excerpt = Excerpt(context.Text, date.Start, date.End, slot == DateSlot.None ? null : anchor);
        var scope = Scope(context, bounds, date.Start, date.End, subsetMarkers: false, relativeClause: true);

        // A date with no slot keeps the verb of what happened on it ("pleaded guilty in July 1973" / "On June 27,
        // 1973, he pleaded guilty"), past a comma when its own clause has none (a fronted date).
        var predicate = slot == DateSlot.None ? VerbOf(context, bounds) : null;
        return new EventSlot(OutcomeSlot.None, slot, excerpt, scope, Predicate: predicate);
    }

    private readonly record struct Anchor(int Slot, int Start, int End);

    private readonly record struct TokenBounds(int First, int Last);

    private static TokenBounds? Bounds(SlotContext context, int start, int end)
    {
        int first = -1, last = -1;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            var token = context.Tokens[i];
            if (token.Start >= start && token.End <= end)
            {
                if (first < 0)
                {
                    first = i;
                }

                last = i;
            }
        }

        return first < 0 ? null : new TokenBounds(first, last);
    }

    /// <summary>The cheapest anchor on either side; on a tie the one after the slot ("three people died"). With
    /// <paramref name="ownClauseFirst"/>, when the figure's own clause (up to the nearest comma or clause joiner on
    /// each side) has a verb of its own, only an anchor inside that clause is the figure's: in "About 300 people were
    /// in the hall when he began shooting" the 300 are those present, not those shot (<see cref="HasOwnVerb"/>).</summary>
    private Anchor? Nearest(SlotContext context, TokenBounds bounds, Func<string, int> classify, bool phrases, bool ownClauseFirst = false)
    {
        var words = new List<(Token Token, int Cost)>();
        Walk(context, bounds.First - 1, -1, stopAtClause: false, (token, cost) => words.Add((token, cost)));
        Walk(context, bounds.Last + 1, +1, stopAtClause: false, (token, cost) => words.Add((token, cost)));
        if (ownClauseFirst && HasOwnVerb(context, bounds, out var own))
        {
            words.RemoveAll(w => !own.Contains(w.Token.Start));
        }

        Anchor? best = null;
        var bestCost = int.MaxValue;
        foreach (var (token, cost) in words)
        {
            // Function words are never anchors ("off" is a verb for killing in WordNet).
            if (token.Kind != TokenKind.Word || FunctionWords.Contains(token.Text.ToLowerInvariant()) || lexicon.IsStopWord(token.Text))
            {
                continue;
            }

            var slot = classify(PhrasalOrWord(context, token));
            if (slot == 0 && phrases)
            {
                slot = (int)words.Select(w => events.Phrase(token.Text, w.Token.Text)).FirstOrDefault(s => s != OutcomeSlot.None);
            }

            if (slot != 0 && IsVerbWithObject(context, token))
            {
                continue;
            }

            if (slot != 0 && (cost < bestCost || (cost == bestCost && token.Start > bounds.Last))
                && !BelongsToAnotherFigure(context, token, token.Start > context.Tokens[bounds.Last].Start ? +1 : -1))
            {
                best = new Anchor(slot, token.Start, token.End);
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>Whether the figure's own clause (the words up to the nearest comma or clause joiner on each side,
    /// <paramref name="own"/> their starts) holds a verb or a finite form of "be" or "have" ("were in the hall",
    /// "had 146 passengers"): a clause that says what its figure did or was, so that an outcome word past a
    /// joiner ("when he began shooting") belongs to another clause.</summary>
    private static bool HasOwnVerb(SlotContext context, TokenBounds bounds, out HashSet<int> own)
    {
        var starts = new HashSet<int>();
        var verb = false;
        void Visit(Token token, int cost)
        {
            starts.Add(token.Start);
            verb |= ClosedClassWords.FiniteAuxiliaries.Contains(token.Text.ToLowerInvariant())
                || (context.Classes is { } classes && classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb);
        }

        Walk(context, bounds.First - 1, -1, stopAtClause: true, Visit);
        Walk(context, bounds.Last + 1, +1, stopAtClause: true, Visit);
        own = starts;
        return verb;
    }

    /// <summary>An anchor next to another figure on its far side is that figure's ("seven villages and killing 10
    /// people": "killing" is the 10's, not the seven's): a figure within two small words of it ("killing at least 10").</summary>
    private static bool BelongsToAnotherFigure(SlotContext context, Token anchor, int direction)
    {
        const int MaxWordsBetween = 2;
        var index = IndexOf(context, anchor);
        var words = 0;
        for (var i = index + direction; index >= 0 && i >= 0 && i < context.Tokens.Count && words <= MaxWordsBetween; i += direction)
        {
            var token = context.Tokens[i];
            if (context.Quantities.Any(q => token.Start >= q.Start && token.End <= q.End))
            {
                return true;
            }

            // Only small words may come between a verb and its figure ("killing at least 10").
            var lower = token.Text.ToLowerInvariant();
            if (token.Kind == TokenKind.Punctuation || EventWords.ClauseJoiners.Contains(lower) || !FunctionWords.Contains(lower))
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>Whether an outcome word read in its adjective sense (<see cref="EventWords.AdjectiveSenseOutcomes"/>)
    /// is here the participle of a transitive verb: its object follows ("missing 10 of the games", "missing the
    /// deadline") and no determiner comes before it ("the missing 12 climbers").</summary>
    private static bool IsVerbWithObject(SlotContext context, Token word)
    {
        if (!EventWords.AdjectiveSenseOutcomes.Contains(word.Text.ToLowerInvariant()))
        {
            return false;
        }

        var index = IndexOf(context, word);
        if (index < 0 || index + 1 >= context.Tokens.Count
            || (index > 0 && EventWords.ObjectOpeners.Contains(context.Tokens[index - 1].Text.ToLowerInvariant())))
        {
            return false;
        }

        var next = context.Tokens[index + 1];
        return (next.Kind == TokenKind.Word && EventWords.ObjectOpeners.Contains(next.Text.ToLowerInvariant()))
            || context.Quantities.Any(q => q.Start == next.Start);
    }

    private static int IndexOf(SlotContext context, Token token)
    {
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.Tokens[i].Start == token.Start)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The verb lemma with the noun right after the verb when the two make a multiword verb WordNet knows
    /// ("taken place" → "take place", "took part" → "take part"), else <paramref name="lemma"/>. A particle or a
    /// preposition after the verb is not taken ("went through" stays "go": WordNet relates the single verb to its
    /// synonyms, "undergo" among them).</summary>
    private string MultiwordVerb(SlotContext context, Token verb, string lemma)
    {
        var index = IndexOf(context, verb);
        if (index < 0 || index + 1 >= context.Tokens.Count || context.Tokens[index + 1] is not { Kind: TokenKind.Word } next
            || context.Classes is not { } classes || !classes.TryGetValue(next.Start, out var nextClass) || nextClass != WordClass.Noun)
        {
            return lemma;
        }

        var multiword = lemma + " " + next.Text.ToLowerInvariant();
        return lexicon.BaseForms(multiword, PartOfSpeech.Verb).Contains(multiword, StringComparer.Ordinal) ? multiword : lemma;
    }

    /// <summary>The verb with its particle when they make a phrasal verb WordNet knows ("broke out" → "break out"),
    /// else the word itself.</summary>
    private string PhrasalOrWord(SlotContext context, Token token)
    {
        var index = -1;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.Tokens[i].Start == token.Start)
            {
                index = i;
                break;
            }
        }

        if (index < 0 || index + 1 >= context.Tokens.Count || !EventWords.Particles.Contains(context.Tokens[index + 1].Text.ToLowerInvariant()))
        {
            return token.Text;
        }

        var phrasal = lexicon.Lemma(token.Text, PartOfSpeech.Verb) + " " + context.Tokens[index + 1].Text.ToLowerInvariant();
        return lexicon.BaseForms(phrasal, PartOfSpeech.Verb).Count > 0 ? phrasal : token.Text;
    }

    /// <summary>Visits the word tokens from <paramref name="from"/> in <paramref name="direction"/> with their cost
    /// (words passed plus <see cref="CrossingCost"/> per comma or joiner crossed), stopping at a segment boundary,
    /// after <see cref="Reach"/> words, or, with <paramref name="stopAtClause"/>, at the first comma or joiner.</summary>
    private static void Walk(SlotContext context, int from, int direction, bool stopAtClause, Action<Token, int> visit, int reach = Reach)
    {
        var words = 0;
        var crossings = 0;
        for (var i = from; i >= 0 && i < context.Tokens.Count && words < reach; i += direction)
        {
            var token = context.Tokens[i];
            var lower = token.Text.ToLowerInvariant();
            if (token.Kind == TokenKind.Punctuation)
            {
                if (lower is "\"" or "“" or "”" or ";" or ":" or "—" or "–" or "(" or ")" or "." or "!" or "?")
                {
                    return;
                }

                if (lower == ",")
                {
                    if (stopAtClause)
                    {
                        return;
                    }

                    crossings++;
                }

                continue;
            }

            if (EventWords.ClauseJoiners.Contains(lower))
            {
                if (stopAtClause)
                {
                    return;
                }

                crossings++;
                continue;
            }

            words++;
            visit(token, words + (crossings * CrossingCost));
        }
    }

    private static string Excerpt(string text, int start, int end, Anchor? anchor)
    {
        if (anchor is { } a)
        {
            start = Math.Min(start, a.Start);
            end = Math.Max(end, a.End);
        }

        return text[start..end];
    }

    /// <summary>The places and dates of the slot's clause, and whether the figure is stated as a part of a whole.
    /// With <paramref name="relativeClause"/> (a date) the clause ends, before the slot, at a relative pronoun after a
    /// noun (<see cref="EventWords.RelativePronouns"/>): in "was searching for Pell Aske because he was a suspect in a
    /// stabbing that occurred near the harbour Tuesday" the date is the stabbing's, and the names of the main clause
    /// are not its scope. <paramref name="count"/>: the figure is a count, which "N of the …" makes a part.</summary>
    private static SlotScope Scope(SlotContext context, TokenBounds bounds, int start, int end, bool subsetMarkers, bool relativeClause = false, bool count = false)
    {
        var clause = ClauseTokens(context, bounds.First - 1, -1);
        if (relativeClause && RelativePronounAt(context, clause) is var cut and >= 0)
        {
            clause.RemoveRange(cut, clause.Count - cut);
        }

        clause.AddRange(ClauseTokens(context, bounds.Last + 1, +1));
        var clauseStart = clause.Count == 0 ? start : Math.Min(start, clause.Min(t => t.Start));
        var clauseEnd = clause.Count == 0 ? end : Math.Max(end, clause.Max(t => t.End));
        bool Inside(int s, int e) => s >= clauseStart && e <= clauseEnd && (e <= start || s >= end);

        var sentencePlaces = context.Names.Where(p => p.Mention.Type == EntityType.Place).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
        var named = context.Names.Where(p => Inside(p.Mention.Start, p.Mention.End)).ToList();
        var places = named.Where(p => p.Mention.Type == EntityType.Place).Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
        // A time zone tagged as a name ("0415 GMT") names no participant.
        var names = named.Where(p => p.Mention.Type != EntityType.Place && TimeWords.Zone(p.Mention.Text) is null).Select(p => p.Key)
            .Concat(clause.Where(t => IsUntaggedName(context, t)).Select(t => NamePrefix + t.Text.ToLowerInvariant()))
            .Distinct(StringComparer.Ordinal).ToList();
        var dates = context.Dates.Where(d => d.Role == DateRole.Event && Inside(d.Start, d.End)).ToList();
        var period = dates.Any(d => d.Granularity >= DateGranularity.Week);
        var subset = subsetMarkers && (clause.Any(t => MarksASubset(t, start)) || PartOfThem(context, bounds, count)
            || (count && bounds.First > 0 && EventWords.SequencePartMarkers.Contains(context.Tokens[bounds.First - 1].Text.ToLowerInvariant())));
        var wide = clause.Any(t => EventWords.WideScopeMarkers.Contains(t.Text.ToLowerInvariant()));
        var partOf = subsetMarkers ? WholeOf(context, bounds) : null;
        return new SlotScope(places, dates.Select(d => d.Value).ToList(), period, subset) { Names = names, SentencePlaces = sentencePlaces, Wide = wide, PartOf = partOf };
    }

    /// <summary>The position in <paramref name="before"/> (the clause's tokens before a slot, nearest first) of the
    /// nearest relative pronoun that follows a nominal word ("a stabbing that", "the fire which"), or -1. After a verb,
    /// an adverb or a preposition "that" opens a complement ("said that"), not a relative clause.</summary>
    private static int RelativePronounAt(SlotContext context, List<Token> before)
    {
        if (context.Classes is not { } classes)
        {
            return -1;
        }

        for (var k = 0; k < before.Count; k++)
        {
            if (!EventWords.RelativePronouns.Contains(before[k].Text.ToLowerInvariant()))
            {
                continue;
            }

            var index = IndexOf(context, before[k]);
            if (index > 0 && context.Tokens[index - 1] is { Kind: TokenKind.Word } word && classes.TryGetValue(word.Start, out var wordClass)
                && (wordClass is WordClass.Noun or WordClass.ProperNoun or WordClass.Adjective
                    || (wordClass == WordClass.Verb && word.Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The figure's noun phrase is one of two joined by "and" ("212 passengers and 14 crew", "all passengers
    /// and the crew of 14", "two workers and a firefighter", "two women and one man"): it counts only a part of those the
    /// clause is about.</summary>
    private bool Coordinated(SlotContext context, QuantityMention quantity, int phraseEnd)
    {
        var start = quantity.Start;
        if (quantity.Counts is { } counts)
        {
            var before = context.Text.LastIndexOf(counts, quantity.Start, StringComparison.Ordinal);
            if (before >= 0 && quantity.Start - (before + counts.Length) <= CountedPhraseGap)
            {
                start = before;
            }
        }

        var tokens = context.Tokens;
        var first = tokens.Count;
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].End <= phraseEnd)
            {
                first = Math.Min(first, i);
                last = i;
            }
        }

        if (last < 0)
        {
            return false;
        }

        var left = Skip(tokens, first - 1, -1);
        if (left >= 1 && IsAnd(tokens[left]) && Skip(tokens, left - 1, -1) is var conjunct && conjunct >= 0 && IsNounOrFigure(tokens[conjunct]))
        {
            return true;
        }

        // The figure's own noun may follow it even when the analysis did not name it ("two women and one man"):
        // look past up to MaxNounWords nouns for "and".
        const int MaxNounWords = 2;
        var right = last + 1;
        for (var nouns = 0; right < tokens.Count && nouns < MaxNounWords && !IsAnd(tokens[right]) && tokens[right].Kind == TokenKind.Word
             && !FunctionWords.Contains(tokens[right].Text.ToLowerInvariant()) && lexicon.MostFrequentPartOfSpeech(tokens[right].Text) == PartOfSpeech.Noun; nouns++)
        {
            right++;
        }

        // A bare noun after "and" shares the figure ("27 players and coaches", "40 passengers and staff"): the figure
        // counts both, the whole the clause is about. A conjunct with its own figure or determiner is another part
        // ("212 passengers and 14 crew", "two women and one man", "three firefighters and a police officer").
        return right + 1 < tokens.Count && IsAnd(tokens[right]) && Skip(tokens, right + 1, +1) is var next && next < tokens.Count && next >= 0
            && IsNounOrFigure(tokens[next]) && !SharesTheFigure(tokens, right + 1, next);
    }

    /// <summary>The conjunct after "and" starts right away with a noun, no determiner or figure before it ("and
    /// coaches", "and staff"): the figure before "and" counts it too.</summary>
    private static bool SharesTheFigure(IReadOnlyList<Token> tokens, int afterAnd, int noun) =>
        noun == afterAnd && tokens[noun].Kind == TokenKind.Word && !NumberWords.IsUnit(tokens[noun].Text.ToLowerInvariant())
        && TimeWords.Number(tokens[noun].Text) is null;

    private static bool IsAnd(Token token) => string.Equals(token.Text, "and", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first token from <paramref name="i"/> that is not a determiner-like function word ("the", "all", "a").</summary>
    private static int Skip(IReadOnlyList<Token> tokens, int i, int direction)
    {
        while (i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && !IsAnd(tokens[i]) && FunctionWords.Contains(tokens[i].Text.ToLowerInvariant()))
        {
            i += direction;
        }

        return i;
    }

    private bool IsNounOrFigure(Token token) =>
        token.Kind == TokenKind.Number
        || (token.Kind == TokenKind.Word && NumberWords.IsUnit(token.Text.ToLowerInvariant()))
        || (token.Kind == TokenKind.Word && !FunctionWords.Contains(token.Text.ToLowerInvariant())
            && lexicon.MostFrequentPartOfSpeech(token.Text) == PartOfSpeech.Noun);

    /// <summary>The words of the slot's clause on one side, up to <see cref="ScopeReach"/>: up to a coordinating
    /// conjunction (<see cref="EventWords.CoordinatingJoiners"/>) or a
    /// segment boundary, and past a comma only into a stretch without a verb ("In May alone, 150 people died": the
    /// fronted phrase scopes the figure; "…, the brigade said" does not).</summary>
    private static List<Token> ClauseTokens(SlotContext context, int from, int direction)
    {
        var taken = new List<Token>();
        var chunk = new List<Token>();
        var chunkHasVerb = false;
        var first = true;
        for (var i = from; i >= 0 && i < context.Tokens.Count && taken.Count + chunk.Count < ScopeReach; i += direction)
        {
            var token = context.Tokens[i];
            var lower = token.Text.ToLowerInvariant();
            var boundary = token.Kind == TokenKind.Punctuation && lower is "\"" or "“" or "”" or ";" or ":" or "—" or "–" or "(" or ")" or "." or "!" or "?";
            if (boundary || (token.Kind == TokenKind.Word && EventWords.CoordinatingJoiners.Contains(lower)) || lower == ",")
            {
                if (first || !chunkHasVerb)
                {
                    taken.AddRange(chunk);
                }

                if (lower != "," || (!first && chunkHasVerb) || context.Classes is null)
                {
                    return taken;
                }

                chunk.Clear();
                chunkHasVerb = false;
                first = false;
                continue;
            }

            if (token.Kind != TokenKind.Punctuation)
            {
                chunk.Add(token);
                chunkHasVerb |= !first && context.Classes is { } classes && classes.TryGetValue(token.Start, out var wordClass) && wordClass == WordClass.Verb;
            }
        }

        if (first || !chunkHasVerb)
        {
            taken.AddRange(chunk);
        }

        return taken;
    }

    /// <summary>The place a distance is measured from: the first name after "of", "from" or "off" shortly after the figure
    /// ("35 miles southwest of Bandar Abbas", "37 miles off Cape Strell"), as an entity key or a capitalised word; or,
    /// when a definite noun phrase follows instead ("25 miles off the cape", "40 km north-west of the port"), its noun
    /// (<see cref="SlotScope.ReferenceNoun"/>).</summary>
    private static (string? Name, string? Noun) DistanceReference(SlotContext context, TokenBounds bounds)
    {
        const int MaxWordsBefore = 3;
        var words = 0;
        for (var i = bounds.Last + 1; i < context.Tokens.Count && words <= MaxWordsBefore; i++)
        {
            var token = context.Tokens[i];
            if (token.Kind == TokenKind.Punctuation)
            {
                return (null, null);
            }

            words++;
            if (!EventWords.DistanceFrom.Contains(token.Text.ToLowerInvariant()))
            {
                continue;
            }

            for (var j = i + 1; j < context.Tokens.Count && j <= i + 2; j++)
            {
                var next = context.Tokens[j];
                if (context.Names.FirstOrDefault(n => next.Start >= n.Mention.Start && next.Start < n.Mention.End) is { Key: { } key })
                {
                    return (key, null);
                }

                if (next.Kind == TokenKind.Word && char.IsUpper(next.Text[0]))
                {
                    return (NamePrefix + next.Text.ToLowerInvariant(), null);
                }
            }

            return (null, DefiniteNoun(context, i + 1));
        }

        return (null, null);
    }

    /// <summary>A word of the figure's clause that makes the figure a part (<see cref="EventWords.SubsetMarkers"/>): one
    /// that follows what it marks ("in Sumatra alone") anywhere, one that introduces the part ("including",
    /// <see cref="EventWords.SubsetIntroducers"/>) only before the figure ("including four firefighters", "among them 12
    /// children"). After the figure it introduces a part of the figure's own whole ("missed 10 games, including the
    /// finale", "killed 12 people, among them two children"): the figure is that whole.</summary>
    private static bool MarksASubset(Token token, int figureStart)
    {
        var lower = token.Text.ToLowerInvariant();
        return EventWords.SubsetMarkers.Contains(lower) && (!EventWords.SubsetIntroducers.Contains(lower) || token.Start < figureStart);
    }

    /// <summary>The figure stands after a name and a comma, its qualifier skipped ("the village of Olm, 15 km from
    /// Tarsk", "Olm, about 15 km from Tarsk"): a distance in apposition locates that name, not the event. A time zone
    /// ("at 0415 GMT, roughly 40 km north-west of the cape") is no name.</summary>
    private static bool ApposedToAName(SlotContext context, TokenBounds bounds)
    {
        var i = bounds.First - 1;
        while (i >= 0 && QualifierWords.BeforeNumber.ContainsKey(context.Tokens[i].Text.ToLowerInvariant()))
        {
            i--;
        }

        if (i < 1 || context.Tokens[i].Text != ",")
        {
            return false;
        }

        var before = context.Tokens[i - 1];
        return before.Kind == TokenKind.Word && char.IsUpper(before.Text[0]) && TimeWords.Zone(before.Text) is null && !IsCalendarName(before.Text);
    }

    /// <summary>The noun of a definite noun phrase starting at <paramref name="at"/> ("the cape", "the northern
    /// coast"): the last of the lower-case content words after "the", or null.</summary>
    private static string? DefiniteNoun(SlotContext context, int at)
    {
        const int MaxWords = 2;
        if (at >= context.Tokens.Count || !string.Equals(context.Tokens[at].Text, "the", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string? noun = null;
        for (var k = at + 1; k < context.Tokens.Count && k <= at + MaxWords; k++)
        {
            var word = context.Tokens[k];
            if (word.Kind != TokenKind.Word || !char.IsLower(word.Text[0]) || FunctionWords.Contains(word.Text))
            {
                break;
            }

            noun = word.Text;
        }

        return noun;
    }

    /// <summary>Key prefix of a capitalised word the analysis did not tag as a name ("Zone12", "Rangers" mid-sentence).</summary>
    public const string NamePrefix = "c:";

    /// <summary>A month or weekday name, possessive or not ("Tuesday", "Sunday's"): a date of the clause, read with its
    /// dates (<see cref="SlotScope.Dates"/>), not a participant it names.</summary>
    private static bool IsCalendarName(string word) => TimeWords.IsCalendarWord(WordForms.Normalise(word));

    private static bool IsUntaggedName(SlotContext context, Token token)
    {
        // A time zone ("0415 GMT") names no participant.
        if (token.Kind != TokenKind.Word || !char.IsUpper(token.Text[0]) || context.Names.Any(n => token.Start >= n.Mention.Start && token.Start < n.Mention.End)
            || TimeWords.Zone(token.Text) is not null || IsCalendarName(token.Text))
        {
            return false;
        }

        var index = -1;
        for (var i = 0; i < context.Tokens.Count; i++)
        {
            if (context.Tokens[i].Start == token.Start)
            {
                index = i;
                break;
            }
        }

        // A demonym describes ("a 36-year-old Australian man"), it does not name what the clause is about.
        if (Gazetteer.Default.DemonymPlace(token.Text) is not null)
        {
            return false;
        }

        // The first word of a sentence is capitalised whatever it is.
        return index > 0 && context.Tokens[index - 1].Text is not ("." or "!" or "?" or "\"" or "“" or ":" or "—" or "–")
            && !FunctionWords.Contains(token.Text.ToLowerInvariant());
    }

    /// <summary>"four of them", "two of whom", "30 of the 80": the figure counts part of a group already counted.
    /// A <paramref name="count"/> followed by "of" and a definite noun phrase ("6,300 of the recalled units", "40 of
    /// its workers") is such a part too: a partitive counts some of a group, never the group's own size. Shares
    /// ("52 percent of the vote") are not counts of a part.</summary>
    private static bool PartOfThem(SlotContext context, TokenBounds bounds, bool count)
    {
        var next = bounds.Last + 1;
        if (next + 1 >= context.Tokens.Count || !string.Equals(context.Tokens[next].Text, "of", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "four of them", "30 of the 80 wounded": a part of a group counted or named.
        var after = context.Tokens[next + 1];
        var figure = string.Equals(after.Text, "the", StringComparison.OrdinalIgnoreCase) && next + 2 < context.Tokens.Count ? context.Tokens[next + 2] : after;
        return EventWords.SubsetPronouns.Contains(after.Text.ToLowerInvariant())
            || context.Quantities.Any(q => figure.Start >= q.Start && figure.End <= q.End)
            || (count && ClosedClassWords.IsNounPhraseDeterminer(after.Text.ToLowerInvariant())
                && !string.Equals(after.Text, "a", StringComparison.OrdinalIgnoreCase) && !string.Equals(after.Text, "an", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The value of the figure right after "of" (a determiner skipped) when the figure is a part of it ("12 of
    /// 19 shots", "30 of the 80 wounded"), else null.</summary>
    private static double? WholeOf(SlotContext context, TokenBounds bounds)
    {
        var next = bounds.Last + 1;
        if (next + 1 >= context.Tokens.Count || !string.Equals(context.Tokens[next].Text, "of", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var after = context.Tokens[next + 1];
        var figure = string.Equals(after.Text, "the", StringComparison.OrdinalIgnoreCase) && next + 2 < context.Tokens.Count ? context.Tokens[next + 2] : after;
        return context.Quantities.FirstOrDefault(q => figure.Start >= q.Start && figure.End <= q.End)?.Value;
    }

    /// <summary>"until Monday", "till the next Friday": the word before the date (a determiner skipped) ends a state.</summary>
    private static bool AfterUntil(SlotContext context, int first)
    {
        for (var i = first - 1; i >= 0 && i >= first - 2; i--)
        {
            var lower = context.Tokens[i].Text.ToLowerInvariant();
            if (EventWords.Until.Contains(lower))
            {
                return true;
            }

            if (!FunctionWords.Contains(lower))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True when the counted noun names people ("workers", "residents", "people"), false when it names
    /// something else ("homes", "cattle"), null when the figure does not say what it counts or counts the outcome
    /// itself ("deaths", or the noun of an outcome phrase: "claimed two lives").</summary>
    private bool? CountsPeople(string? counts)
    {
        var head = SlotComparison.Head(counts);
        if (head is null || events.Outcome(head) != OutcomeSlot.None || events.IsPhraseNoun(head))
        {
            // "120 deaths", "12 arrests", "claimed two lives": the figure counts the outcome itself, of people or not.
            return null;
        }

        return EventWords.PeopleNouns.Contains(head) || lexicon.IsPersonNoun(head);
    }
}
