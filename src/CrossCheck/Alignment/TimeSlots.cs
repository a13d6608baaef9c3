using CrossCheck.Analysis.Time;
using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The time of one event told by two reports with different words ("Police apprehended the driver at about
/// 2:30 a.m." / "The driver failed sobriety tests shortly after 2 a.m."; "She moved back 12 weeks ago" / "they had
/// returned around six weeks ago"): the judge compares dates only of the same or a synonymous predicate, so these
/// never meet there. Within each pair of independent reports, a dated claim and the sentence of the other report
/// nearest to it by sentence embedding are about the same event when each is the other's nearest
/// (a mutual best match over all the sentences of both reports, dated or not: a report that tells the arrest undated
/// and the hearing on Wednesday pairs the arrest with the arrest), their cosine reaches
/// <see cref="EventSlot.SameEventSimilarity"/>, and they share a participant or a word. Their times clash when they
/// cannot both hold once the words before them are read (<see cref="EventTime"/>), their date slots may be one
/// (<see cref="SlotComparison.DifferentDateSlots"/>) and their scopes allow it (places, names:
/// <see cref="SlotComparison.ScopesAllowDateClash"/>). A claim that gives two different times, a negated claim and a
/// date of a statement ("said on Monday") take no part. Decision 365. The openings of two reports are also compared
/// (<see cref="OpeningSentences"/>): the first time each gives is the main event's, however differently told (decision 390).</summary>
internal static class TimeSlots
{
    /// <summary>Work bound: dated claims times claims of the story compared at most; a larger story is left to the judge.</summary>
    public const long MaxComparisons = 4_000_000;

    /// <summary>Sentence similarity from which a dated sentence and its nearest in another report are taken to tell one
    /// event. Above the judge's <see cref="EventSlot.SameEventSimilarity"/>: the judge also has the words aligned and
    /// the same slot; this pass has only the mutual best match. Same-event pairs of the development stories score
    /// 0.56–0.81, different events of one story (the earlier quake, another theft, a warrant and an arrest) 0.48–0.58.</summary>
    public const double SameEventSimilarity = 0.55;

    /// <summary>Sentence similarity two sentences need when each dates a verb the lexicon does not relate to the other's
    /// ("returned to the orchestra" / "signed a new contract with the orchestra", "a fire occurred" / "the boiler was
    /// taken apart"): in a story of two reports every sentence is its only counterpart's nearest.</summary>
    public const double UnrelatedPredicateSimilarity = 0.8;

    /// <summary>Sentences of a report's opening read for the time of the story's main event: the lead and the sentence after it
    /// (a report tells its main event first and its time there, "The fair took place on Sunday 15 June" right after the lead).</summary>
    public const int OpeningSentences = 2;

    private sealed record Dated(ClaimRecord Claim, int Unit, EventTime Time)
    {
        /// <summary>The sentence tells an earlier instance or the latest of a series (<see cref="EventWords.EarlierInstance"/>,
        /// outside its dates: "last week" says nothing of the kind).</summary>
        public bool Earlier { get; } = Words(Claim).Any(EventWords.EarlierInstance.Contains);

        /// <summary>The event time lies after the report's date (an expected event) or before it (one that happened);
        /// null when the report is undated or the time holds it.</summary>
        public bool? Expected { get; init; }

        public AlignmentUnit Of => Claim.Profile.Units[Unit];
    }

    /// <summary>The clashes found, each once per side: (claim index, judgement of the other claim contradicting it).</summary>
    public static List<(int Claim, Judgement Clash)> Clashes(
        IReadOnlyList<ClaimRecord> claims,
        UnitMatcher matcher,
        Func<string, DateOnly?> published,
        Func<string, string, bool> independent,
        Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(independent);
        ArgumentNullException.ThrowIfNull(align);
        var found = new List<(int, Judgement)>();
        var paired = new HashSet<(int, int)>();
        var dated = new Dictionary<int, Dated>();
        foreach (var claim in claims)
        {
            if (EventTimeOf(claim) is { } time)
            {
                dated[claim.Index] = time with { Expected = ExpectedOn(time.Time, published(claim.ArticleId)) };
            }
        }

        if (dated.Count == 0 || (long)dated.Count * claims.Count > MaxComparisons)
        {
            return found;
        }

        var byArticle = claims.GroupBy(c => c.ArticleId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var nearest = new Dictionary<(int Claim, string Article), (ClaimRecord Claim, double Similarity)?>();
        (ClaimRecord Claim, double Similarity)? Nearest(ClaimRecord claim, string article)
        {
            if (!nearest.TryGetValue((claim.Index, article), out var best))
            {
                foreach (var other in byArticle[article])
                {
                    var similarity = SemanticSimilarity.Of(claim, other);
                    if (best is not { } b || similarity > b.Similarity)
                    {
                        best = (other, similarity);
                    }
                }

                nearest[(claim.Index, article)] = best;
            }

            return best;
        }

        foreach (var a in dated.Values.OrderBy(d => d.Claim.Index))
        {
            foreach (var article in byArticle.Keys)
            {
                if (string.Equals(article, a.Claim.ArticleId, StringComparison.Ordinal)
                    || Nearest(a.Claim, article) is not { } near || near.Similarity < SameEventSimilarity
                    || near.Claim.Index < a.Claim.Index || !dated.TryGetValue(near.Claim.Index, out var b)
                    || Nearest(b.Claim, a.Claim.ArticleId) is not { } back || back.Claim.Index != a.Claim.Index
                    || !independent(a.Claim.ArticleId, article)
                    || !SameEvent(a, b) || !EventTime.Clash(a.Time, b.Time)
                    || (near.Similarity < UnrelatedPredicateSimilarity && !RelatedPredicates(a.Of, b.Of, matcher)))
                {
                    continue;
                }

                found.Add((a.Claim.Index, Clash(a, b, align)));
                found.Add((b.Claim.Index, Clash(b, a, align)));
                paired.Add((a.Claim.Index, b.Claim.Index));
            }
        }

        // Rounded counts before the reports ("wed about three weeks ago" / "married two weeks ago"): told in asides
        // whose sentences are about something else, so the nearest-sentence match misses them (decision 475).
        var elapsed = dated.Values.Where(d => d.Of.Date?.Elapsed is not null).OrderBy(d => d.Claim.Index).ToList();
        for (var i = 0; i < elapsed.Count; i++)
        {
            for (var j = i + 1; j < elapsed.Count; j++)
            {
                var (a, b) = (elapsed[i], elapsed[j]);
                if (SameElapsedEvent(a, b, matcher) && independent(a.Claim.ArticleId, b.Claim.ArticleId)
                    && !paired.Contains((a.Claim.Index, b.Claim.Index)) && EventTime.Clash(a.Time, b.Time))
                {
                    found.Add((a.Claim.Index, Clash(a, b, align)));
                    found.Add((b.Claim.Index, Clash(b, a, align)));
                    paired.Add((a.Claim.Index, b.Claim.Index));
                }
            }
        }

        // The story's main event as each report's opening dates it (decision 390).
        var openings = byArticle.ToDictionary(g => g.Key, g => OpeningTimes(g.Value, dated), StringComparer.Ordinal);
        foreach (var (articleA, timesA) in openings)
        {
            foreach (var (articleB, timesB) in openings)
            {
                if (string.CompareOrdinal(articleA, articleB) >= 0 || !independent(articleA, articleB))
                {
                    continue;
                }

                foreach (var role in new[] { false, true })
                {
                    var (a, b) = role ? (timesA.Clock, timesB.Clock) : (timesA.First, timesB.First);
                    if (a is not null && b is not null && !paired.Contains((Math.Min(a.Claim.Index, b.Claim.Index), Math.Max(a.Claim.Index, b.Claim.Index)))
                        && SameEvent(a, b) && EventTime.Clash(a.Time, b.Time)
                        && openings.Any(o => o.Key != articleA && o.Key != articleB && (role ? o.Value.Clock : o.Value.First) is { } c
                            && (Sides(c, a, b) || Sides(c, b, a))))
                    {
                        found.Add((a.Claim.Index, Clash(a, b, align)));
                        found.Add((b.Claim.Index, Clash(b, a, align)));
                        paired.Add((Math.Min(a.Claim.Index, b.Claim.Index), Math.Max(a.Claim.Index, b.Claim.Index)));
                    }
                }
            }
        }

        return found;
    }

    /// <summary>A third report's opening time agrees with one side and clashes with the other: the time the openings
    /// give is the main event's (two reports alone may each open with another event: a fire and the boiler taken apart).</summary>
    private static bool Sides(Dated third, Dated with, Dated against) =>
        SameEvent(third, with) && !EventTime.Clash(third.Time, with.Time) && SameEvent(third, against) && EventTime.Clash(third.Time, against.Time);

    /// <summary>The times a report's opening gives the story's main event: its first dated sentence and its first time
    /// of day, each only within its first <see cref="OpeningSentences"/>
    /// sentences. Reports that tell the main event with different verbs or nouns ("Power failed across Lundabro on Friday" /
    /// "A fire plunged 62,000 homes into darkness at 6.45 p.m. on Saturday") are too far apart in meaning for the mutual
    /// nearest match; the time each opening gives first is the main event's time.</summary>
    private static (Dated? First, Dated? Clock) OpeningTimes(List<ClaimRecord> report, Dictionary<int, Dated> dated)
    {
        var opening = report.Select(c => c.Claim.SentenceIndex).Distinct().Order().Take(OpeningSentences).ToHashSet();
        (Dated? First, Dated? Clock) times = (null, null);
        foreach (var claim in report.OrderBy(c => c.Claim.SentenceIndex).ThenBy(c => c.Claim.Start))
        {
            if (!opening.Contains(claim.Claim.SentenceIndex) || !dated.TryGetValue(claim.Index, out var time))
            {
                continue;
            }

            times.First ??= time;
            if (time.Time.Clock)
            {
                times.Clock ??= time;
            }
        }

        return times;
    }

    /// <summary>The one time a claim gives its event: its finest event date when every other event date of the claim
    /// holds it ("at 4.20 a.m. on Tuesday"), or null (no date, two different dates, a negated claim).</summary>
    private static Dated? EventTimeOf(ClaimRecord claim)
    {
        if (claim.Profile.Negated || claim.Claim.Negated)
        {
            return null;
        }

        var units = Enumerable.Range(0, claim.Profile.Units.Count)
            .Where(i => claim.Profile.Units[i] is { Kind: UnitKind.Date, OfStatement: false, InNegationScope: false, Slot: not null, Date: { } date }
                && !(date.Relative && date.Granularity > DateGranularity.Month) && !ScopesAFigure(claim.Profile, claim.Profile.Units[i]))
            .ToList();
        if (units.Count == 0)
        {
            return null;
        }

        var finest = units.MinBy(i => TimexInterval.Of(claim.Profile.Units[i].Key, null) is { } span ? span.End - span.Start : TimeSpan.MaxValue);
        var unit = claim.Profile.Units[finest];
        if (units.Any(i => i != finest && TimexInterval.Compatible(claim.Profile.Units[i].Key, unit.Key) != true))
        {
            return null;
        }

        // A time of day whose day the claim states too ("at 4.20 a.m. on Tuesday", "0320 GMT yesterday").
        var dayKnown = units.Count > 1 || unit.Date is { Relative: false } || NamesADay(unit.Date!.Text);
        return EventTime.Of(unit, claim.Claim.Text, claim.Claim.Start, dayKnown) is { } time ? new Dated(claim, finest, time) : null;
    }

    /// <summary>A date that is the period or day a figure of the claim is stated for ("38 missions so far this year",
    /// "12 were at Lisvana last year"): a scope, which the figure slots and the judge read, not the time of an event.</summary>
    private static bool ScopesAFigure(TextProfile profile, AlignmentUnit date) =>
        profile.Units.Any(u => u.Kind == UnitKind.Quantity && u.Slot is { } slot && slot.Scope.Dates.Contains(date.Key, StringComparer.Ordinal));

    /// <summary>A time written with its day ("1240 GMT on Saturday", "midnight yesterday").</summary>
    private static bool NamesADay(string text) =>
        text.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Any(w => w.ToLowerInvariant() is var lower
            && (TimeWords.IsCalendarWord(lower) || lower is "yesterday" or "today" or "tonight" or "tomorrow"));

    /// <summary>The two dates may be of one event: slots that can be one, scopes that allow a clash, and a participant
    /// or word in common (an entity, or a content word of the same lemma).</summary>
    private static bool SameEvent(Dated a, Dated b)
    {
        var (profileA, profileB) = (a.Claim.Profile, b.Claim.Profile);
        // The latest inspection against the one reported, what is expected against what happened: two events.
        if (a.Earlier != b.Earlier || (a.Expected is { } expectedA && b.Expected is { } expectedB && expectedA != expectedB))
        {
            return false;
        }

        if (SlotComparison.DifferentDateSlots(a.Of, b.Of) || !SlotComparison.ScopesAllowDateClash(profileA, Participants(a.Of, profileA), profileB, Participants(b.Of, profileB)))
        {
            return false;
        }

        // Each sentence names someone or something the other does not: two events ("a thief stole gems from the
        // Carlton Hotel in July" / "thieves stole jewels from a Chopard employee in May").
        if (Unshared(profileA, profileB) && Unshared(profileB, profileA))
        {
            return false;
        }

        return profileA.Units.Any(u => u.Kind is UnitKind.Entity or UnitKind.Word
            && profileB.Units.Any(v => v.Kind == u.Kind && string.Equals(u.Key, v.Key, StringComparison.Ordinal)));
    }

    /// <summary>Two elapsed counts of two reports date one happening: the verbs they date are one or synonyms ("wed" /
    /// "married", not a mere relative: "returned" / "moved"), their date slots may be one, their places and dates do
    /// not part them, and neither tells an earlier instance. Names only one sentence gives do not part them (the count
    /// is told in an aside of a sentence about someone or something else: "the deputy, who was wed about three weeks
    /// ago, is survived by…, the sheriff said" / "He was married about two weeks ago"); the shared verb is the word in common.</summary>
    private static bool SameElapsedEvent(Dated a, Dated b, UnitMatcher matcher)
    {
        var (profileA, profileB) = (a.Claim.Profile, b.Claim.Profile);
        return !string.Equals(a.Claim.ArticleId, b.Claim.ArticleId, StringComparison.Ordinal) && a.Earlier == b.Earlier
            && a.Of.Slot?.Predicate is { } predicateA && b.Of.Slot?.Predicate is { } predicateB
            && matcher.WordSimilarity(predicateA, predicateB) >= UnitMatcher.SynonymScore
            && !SlotComparison.DifferentDateSlots(a.Of, b.Of)
            && (a.Of.Slot is not { } slotA || b.Of.Slot is not { } slotB || slotA.Scope.Compare(slotB.Scope) != ScopeRelation.Different);
    }

    /// <summary>The date unit with its scope's names cut to the participants of the event: a name the sentence gives
    /// only in an aside (an apposition or a trailing comma piece: "…, the city's police chief, Marta Greve, told
    /// reporters") tells or describes the event and does not make it another (decision 415).</summary>
    private static AlignmentUnit Participants(AlignmentUnit date, TextProfile profile) =>
        date.Slot is { } slot && slot.Scope.Names.Any(n => Aside(profile, n))
            ? date with { Slot = slot with { Scope = slot.Scope with { Names = [.. slot.Scope.Names.Where(n => !Aside(profile, n))] } } }
            : date;

    private static bool Aside(TextProfile profile, string name) =>
        profile.Units.Any(u => u.Kind == UnitKind.Entity && string.Equals(u.Key, name, StringComparison.Ordinal))
        && profile.Units.All(u => u.Kind != UnitKind.Entity || !string.Equals(u.Key, name, StringComparison.Ordinal) || u.Aside);

    /// <summary>The claim's words outside its dates, lower case.</summary>
    private static IEnumerable<string> Words(ClaimRecord claim)
    {
        var text = claim.Claim.Text;
        foreach (var unit in claim.Profile.Units)
        {
            if (unit.Date is { } date)
            {
                text = text.Replace(date.Text, " ", StringComparison.Ordinal);
            }
        }

        return text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Whether an event time lies wholly after the report's date (true), wholly before it (false), or neither.</summary>
    private static bool? ExpectedOn(EventTime time, DateOnly? published)
    {
        if (published is not { } day)
        {
            return null;
        }

        var (start, end) = (day.ToDateTime(TimeOnly.MinValue), day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return time.Start >= end ? true : time.End <= start ? false : null;
    }

    /// <summary>The verbs of what happened on the two dates are one or related by the lexicon (<see cref="UnitMatcher.StemScore"/>:
    /// a synonym, a derivation, a hypernym). A date with no verb of its own relates to nothing.</summary>
    private static bool RelatedPredicates(AlignmentUnit a, AlignmentUnit b, UnitMatcher matcher) =>
        a.Slot?.Predicate is { } predicateA && b.Slot?.Predicate is { } predicateB
        && matcher.WordSimilarity(predicateA, predicateB) >= UnitMatcher.StemScore;

    /// <summary>The sentence names someone or something the other does not, outside its asides: a name in an apposition or a
    /// trailing comma piece ("…, the city's police chief, Marta Greve, told reporters") is who tells the event or
    /// describes it, not a participant that makes it another event.</summary>
    private static bool Unshared(TextProfile profile, TextProfile other) =>
        profile.Units.Any(u => u is { Kind: UnitKind.Entity, Aside: false } && !other.Units.Any(v => v.Kind == UnitKind.Entity && string.Equals(u.Key, v.Key, StringComparison.Ordinal)));

    private static Judgement Clash(Dated claim, Dated other, Func<ClaimRecord, ClaimRecord, PairAlignment> align)
    {
        var alignment = align(claim.Claim, other.Claim);
        var coverage = WordAligner.Coverage(claim.Claim.Profile, alignment.SimilarityA);
        var reverse = WordAligner.Coverage(other.Claim.Profile, alignment.SimilarityB);
        return new Judgement(other.Claim, EvidenceRelation.Contradicts, coverage, reverse,
            [$"{claim.Of.Key} vs {other.Of.Key}"], alignment.SimilarityA, 0, IsPiece: false,
            Sides: [SlotComparison.SidesOf(claim.Claim.Profile, claim.Unit, other.Claim.Profile, other.Unit)]);
    }
}
