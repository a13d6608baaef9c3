using CrossCheck.Analysis;
using CrossCheck.Clustering;

namespace CrossCheck.Alignment.Derivation;

/// <summary>Which reports of a story derive from which, after analysis and before claim alignment. A report derives
/// from another that was published before it (or from a dated one, when it is undated) when
/// <list type="bullet">
/// <item>the clustering found it a copy (<see cref="Story.DerivedFrom"/>: shared shingles), or</item>
/// <item>its sentences align, mostly in order, with most of the other's (<see cref="SentenceAlignment"/>): most of the
/// original's content is covered and much of its own comes from it, or much of its own comes from it in sentences
/// closer to the other than to any other report of the story (a cut that rewords what it keeps, decision 405), or</item>
/// <item>it credits the other's outlet (<see cref="CreditedOutlets"/>).</item>
/// </list>
/// When the dates do not tell which came first, the text does: the hub of the reports' family, else the one holding
/// sentences inside the shared text that the other cut, else the one whose readings the story's other reports keep, else
/// the one the other covers, else the earlier in story order (<see cref="Finder"/>'s direction, docs/decisions.md,
/// decisions 181, 286 and 287). A short report (two or three units) is an original when another rewrites all of it and
/// keeps its wording (decision 285). Each report gets one source: among those that qualify, the
/// closest (the mean of the two coverages times the mean cosine of the aligned pairs: a copy of a rewrite derives
/// from the rewrite, not from the rewrite's original), and of equally close ones the earliest. Links never form a
/// cycle.</summary>
internal static partial class StoryDerivations
{
    /// <summary>Sources within this margin of the closest are equally close: the earliest wins.</summary>
    private const double ClosenessTie = 0.02;

    public static StoryDerivationSet Find(Story story, IReadOnlyList<AnalysedArticle> articles, DerivationThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(articles);
        return new Finder(story, articles, thresholds ?? DerivationThresholds.Default).Run();
    }

    private sealed partial class Finder
    {
        private readonly DerivationThresholds _thresholds;
        private readonly List<AnalysedArticle> _articles;
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly Story _story;
        private readonly Dictionary<string, int> _wordNumbers = new(StringComparer.Ordinal);
        private readonly DerivationText?[] _texts;
        private readonly Dictionary<(int, int), SentenceAlignment> _alignments = [];
        private readonly Dictionary<int, (int Source, DerivationBasis? Basis)> _links = [];
        private readonly List<(int Derived, int Source)> _also = [];
        private readonly HashSet<(int, int)> _clustered = [];
        private readonly Dictionary<(int, int), double?> _qualifies = [];
        private readonly IReadOnlyList<int>?[] _nearest;
        private readonly HashSet<int>?[] _allWords;
        private readonly Dictionary<(int, int), ((int First, int Second) Own, (int First, int Second) Kept, (int First, int Second) Distinct)> _readings = [];
        private readonly Dictionary<int, double[][]> _closest = [];

        public Finder(Story story, IReadOnlyList<AnalysedArticle> articles, DerivationThresholds thresholds)
        {
            _story = story;
            _thresholds = thresholds;

            // Story order: the story's own (publication, then arrival), then any article it does not list.
            var position = story.ArticleIds.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
            _articles = [.. articles
                .DistinctBy(a => a.Article.Id, StringComparer.Ordinal)
                .Select((a, i) => (Article: a, Rank: position.TryGetValue(a.Article.Id, out var p) ? p : story.ArticleIds.Count + i))
                .OrderBy(p => p.Rank)
                .Select(p => p.Article)];
            for (var i = 0; i < _articles.Count; i++)
            {
                _index[_articles[i].Article.Id] = i;
            }

            _texts = new DerivationText?[_articles.Count];
            _nearest = new IReadOnlyList<int>?[_articles.Count];
            _allWords = new HashSet<int>?[_articles.Count];
        }

        public StoryDerivationSet Run()
        {
            // The clustering's links whose dates do not order the two reports wait for the text to tell the direction
            // (its source is then only the earliest to arrive).
            var deferred = new List<(int Derived, int Original)>();
            foreach (var (id, source) in _story.DerivedFrom)
            {
                if (_index.TryGetValue(id, out var derived) && _index.TryGetValue(source, out var original))
                {
                    _clustered.Add((Math.Min(derived, original), Math.Max(derived, original)));
                    if (_thresholds.FindRewrites && Order(original, derived) == 0)
                    {
                        deferred.Add((derived, original));
                    }
                    else if (!Reaches(original, derived))
                    {
                        _links[derived] = (original, null);
                    }
                }
            }

            var found = _thresholds.FindRewrites ? FindRewrites() : [];
            foreach (var (copy, source) in deferred)
            {
                // The text tells which of the two is the original, as for the rewrites it finds; the source the
                // clustering gave was only the earliest to arrive, so the link is traced up its family too.
                var (derived, original) = _thresholds.FindRewrites && !IsOriginal(source, copy) ? (source, copy) : (copy, source);
                if (!_links.ContainsKey(derived) && !Reaches(original, derived))
                {
                    _links[derived] = (original, null);
                    if (_thresholds.FindRewrites)
                    {
                        found.Add(derived);
                    }
                }
            }

            foreach (var derived in found)
            {
                TowardsTheOriginal(derived);
            }

            if (_thresholds.LinkCredits)
            {
                FindCredits();
            }

            var links = _links
                .OrderBy(l => l.Key)
                .Select(l => new DerivationLink(Id(l.Key), Id(l.Value.Source), l.Value.Basis ?? ClusteredBasis(l.Key, l.Value.Source)))
                .ToList();
            var also = _also
                .Where(a => _links.TryGetValue(a.Derived, out var link) && link.Source != a.Source && !Reaches(a.Source, a.Derived))
                .Select(a => new DerivationLink(Id(a.Derived), Id(a.Source), DerivationBasis.Rewrite))
                .ToList();
            return new StoryDerivationSet(links, also);
        }

        private string Id(int article) => _articles[article].Article.Id;

        /// <summary>Links each report whose text rewrites another to its closest source; returns the reports linked.</summary>
        private List<int> FindRewrites()
        {
            var found = new List<int>();

            // A report alone has no original to rewrite; its text (and its claims' vectors) need not be read.
            if (_articles.Count < 2)
            {
                return found;
            }

            for (var derived = 0; derived < _articles.Count; derived++)
            {
                if (_links.ContainsKey(derived) || Text(derived).Count == 0)
                {
                    continue;
                }

                var best = new List<(int Source, double Closeness)>();
                foreach (var original in Candidates(derived))
                {
                    if (RewritePair(original, derived) is { } closeness && !Reaches(original, derived))
                    {
                        best.Add((original, closeness));
                    }
                }

                if (best.Count > 0)
                {
                    var top = best.Max(b => b.Closeness);
                    var source = best.Where(b => b.Closeness >= top - ClosenessTie).Min(b => b.Source);
                    _links[derived] = (source, Basis(source, derived));
                    _also.AddRange(best.Where(b => b.Source != source).Select(b => (derived, b.Source)));
                    found.Add(derived);
                }
            }

            return found;
        }

        private DerivationBasis Basis(int source, int derived) =>
            Alignment(source, derived).MeanCosine >= _thresholds.CopyCosine ? DerivationBasis.Copy : DerivationBasis.Rewrite;

        /// <summary>How close <paramref name="derived"/> is to <paramref name="original"/> when it rewrites it, else
        /// null. When the dates order the two, <paramref name="derived"/> must qualify as a rewrite of the earlier
        /// one. When they do not, either may qualify as the other's rewrite, and <see cref="IsOriginal"/> tells which
        /// is the source.</summary>
        private double? RewritePair(int original, int derived)
        {
            if (Order(original, derived) < 0)
            {
                return Qualifies(original, derived);
            }

            var closeness = Qualifies(original, derived)
                ?? (MayBeOriginal(derived) ? Qualifies(derived, original) : null);
            return closeness is not null && IsOriginal(original, derived) ? closeness : null;
        }

        /// <summary>The reports that may be <paramref name="derived"/>'s original: not published after it, with
        /// enough units; in a large story only the closest in meaning.</summary>
        private IEnumerable<int> Candidates(int derived)
        {
            var candidates = Enumerable.Range(0, _articles.Count)
                .Where(o => o != derived && Order(o, derived) <= 0 && MayBeOriginal(o));
            if (_articles.Count <= _thresholds.MaxComparedSources + 1)
            {
                return candidates;
            }

            var centre = Text(derived).Centre;
            return candidates
                .OrderByDescending(o => UnitVectors.Dot(Text(o).Centre, centre))
                .Take(_thresholds.MaxComparedSources)
                .Order();
        }

        /// <summary>How close <paramref name="derived"/> is to <paramref name="original"/> when it rewrites it, else null.</summary>
        private double? Qualifies(int original, int derived)
        {
            if (!_qualifies.TryGetValue((original, derived), out var closeness))
            {
                closeness = QualifiesUncached(original, derived);
                _qualifies[(original, derived)] = closeness;
            }

            return closeness;
        }

        private double? QualifiesUncached(int original, int derived)
        {
            var alignment = Alignment(original, derived);
            var (originalAligned, originalMoved, derivedAligned, derivedMoved) = original < derived
                ? (alignment.FirstAligned, alignment.FirstMoved, alignment.SecondAligned, alignment.SecondMoved)
                : (alignment.SecondAligned, alignment.SecondMoved, alignment.FirstAligned, alignment.FirstMoved);
            // Units aligned at the full bar: gaps filled between them are no evidence on their own.
            var filled = original < derived ? alignment.FirstFilled : alignment.SecondFilled;
            if (originalAligned.Count(a => a) - filled.Count(f => f) + originalMoved.Count(a => a) < _thresholds.MinimumAlignedUnits)
            {
                return ShortOriginal(original, derived, alignment);
            }

            var (covered, inOrder) = SentenceAlignment.Coverage(Text(original), originalAligned, originalMoved);
            var own = SentenceAlignment.Coverage(Text(derived), derivedAligned, derivedMoved).Covered;
            var closeness = (covered + own) / 2 * alignment.MeanCosine;
            if (covered >= _thresholds.OriginalCoverage && inOrder >= _thresholds.InOrderShare && own >= _thresholds.DerivedCoverage)
            {
                return closeness;
            }

            // The sentences kept from this report and from no other: a cut that paraphrases most of what it keeps
            // still stays closer to its own source, sentence by sentence, than to any other report of the story, while
            // an independent report's sentences about the story's facts are about as close to every report that tells
            // them (decision 405).
            if (inOrder >= _thresholds.InOrderShare && own >= _thresholds.DerivedCoverage
                && ExclusiveShare(original, derived) >= _thresholds.ExclusiveShare)
            {
                return closeness;
            }

            // The wording taken: enough sentences repeated nearly word for word, in any order, making up a share of
            // the rewrite's own text. The original's share is not asked: a cut keeps a few paragraphs of a long
            // original (decision 225), and the share asked of the rewrite tells the direction.
            var (originalVerbatim, derivedVerbatim) = original < derived
                ? (alignment.FirstVerbatim, alignment.SecondVerbatim)
                : (alignment.SecondVerbatim, alignment.FirstVerbatim);
            return originalVerbatim.Count(v => v) >= _thresholds.MinimumAlignedUnits
                && SentenceAlignment.Coverage(Text(original), originalVerbatim, new bool[originalVerbatim.Length]).Covered >= _thresholds.VerbatimOriginalCoverage
                && SentenceAlignment.Coverage(Text(derived), derivedVerbatim, new bool[derivedVerbatim.Length]).Covered >= _thresholds.VerbatimCoverage
                ? closeness
                : null;
        }

        /// <summary>How close <paramref name="derived"/> is to a short <paramref name="original"/> (fewer units than
        /// <see cref="DerivationThresholds.MinimumAlignedUnits"/>) that it rewrites whole, else null: every unit of the
        /// original aligned in order at the full bar (none only by place), the rewrite's own content taken from it as
        /// for a long original, and the wording kept, near-verbatim units making up
        /// <see cref="DerivationThresholds.VerbatimCoverage"/> of each text. Two short reports of one event may tell the
        /// same two facts in the same order; what they do not share is a long sentence written the same way
        /// (docs/decisions.md, decision 285).</summary>
        private double? ShortOriginal(int original, int derived, SentenceAlignment alignment)
        {
            var (o, d) = (Text(original), Text(derived));
            if (o.Count >= _thresholds.MinimumAlignedUnits || !MayBeOriginal(original))
            {
                return null;
            }

            var (aligned, filled, verbatim, derivedAligned, derivedMoved, derivedVerbatim) = original < derived
                ? (alignment.FirstAligned, alignment.FirstFilled, alignment.FirstVerbatim, alignment.SecondAligned, alignment.SecondMoved, alignment.SecondVerbatim)
                : (alignment.SecondAligned, alignment.SecondFilled, alignment.SecondVerbatim, alignment.FirstAligned, alignment.FirstMoved, alignment.FirstVerbatim);
            if (Enumerable.Range(0, o.Count).Any(i => !o.Quoted[i] && (!aligned[i] || filled[i])) || verbatim.Count(v => v) == 0)
            {
                return null;
            }

            var own = SentenceAlignment.Coverage(d, derivedAligned, derivedMoved).Covered;
            return own >= _thresholds.DerivedCoverage
                && SentenceAlignment.Coverage(o, verbatim, new bool[o.Count]).Covered >= _thresholds.VerbatimCoverage
                && SentenceAlignment.Coverage(d, derivedVerbatim, new bool[d.Count]).Covered >= _thresholds.VerbatimCoverage
                ? (1 + own) / 2 * alignment.MeanCosine
                : null;
        }

        /// <summary>The share of <paramref name="derived"/>'s content (quotations left out) in units whose closest
        /// unit in <paramref name="original"/> reaches <see cref="DerivationThresholds.UnitSimilarity"/> and is closer,
        /// by <see cref="DerivationThresholds.ExclusiveMargin"/>, than the closest unit of every other report of the
        /// story; 0 when fewer than <see cref="DerivationThresholds.ExclusiveWitnesses"/> other reports can bear
        /// witness (with none, every shared sentence would count as exclusive).</summary>
        private double ExclusiveShare(int original, int derived)
        {
            if (_thresholds.ExclusiveShare > 1 || _articles.Count - 2 < _thresholds.ExclusiveWitnesses)
            {
                return 0;
            }

            var closest = Closest(derived);
            var text = Text(derived);
            double total = 0, exclusive = 0;
            for (var unit = 0; unit < text.Count; unit++)
            {
                if (text.Quoted[unit])
                {
                    continue;
                }

                total += text.Weight(unit);
                var best = closest[original][unit];
                if (best < _thresholds.UnitSimilarity)
                {
                    continue;
                }

                var other = 0.0;
                for (var article = 0; article < _articles.Count; article++)
                {
                    if (article != original && article != derived)
                    {
                        other = Math.Max(other, closest[article][unit]);
                    }
                }

                exclusive += best - other >= _thresholds.ExclusiveMargin ? text.Weight(unit) : 0;
            }

            return total > 0 ? exclusive / total : 0;
        }

        /// <summary>For each report, the similarity of its closest unit to each unit of <paramref name="derived"/>
        /// (as the sentence alignment weighs a pair: cosine and content-word overlap).</summary>
        private double[][] Closest(int derived)
        {
            if (_closest.TryGetValue(derived, out var found))
            {
                return found;
            }

            var text = Text(derived);
            found = new double[_articles.Count][];
            for (var article = 0; article < _articles.Count; article++)
            {
                found[article] = new double[text.Count];
                if (article == derived)
                {
                    continue;
                }

                var other = Text(article);
                for (var unit = 0; unit < text.Count; unit++)
                {
                    var best = 0.0;
                    for (var k = 0; k < other.Count; k++)
                    {
                        var similarity = (_thresholds.CosineWeight * UnitVectors.Dot(other.Vectors[k], text.Vectors[unit]))
                            + ((1 - _thresholds.CosineWeight) * SentenceAlignment.Dice(other.Words[k], text.Words[unit]));
                        best = Math.Max(best, similarity);
                    }

                    found[article][unit] = best;
                }
            }

            _closest[derived] = found;
            return found;
        }

        private void FindCredits()
        {
            for (var derived = 0; derived < _articles.Count; derived++)
            {
                if (_links.ContainsKey(derived))
                {
                    continue;
                }

                var credited = CreditedOutlets.Of(_articles[derived]);
                if (credited.Count == 0)
                {
                    continue;
                }

                int? source = null;
                for (var original = 0; original < _articles.Count; original++)
                {
                    if (original != derived && Order(original, derived) <= 0
                        && CreditedOutlets.Name(credited, _articles[original].Article.Outlet)
                        && !Reaches(original, derived)
                        && (source is not { } known || Order(original, known) < 0))
                    {
                        source = original;
                    }
                }

                if (source is { } found)
                {
                    _links[derived] = (found, DerivationBasis.Credit);
                }
            }
        }

        /// <summary>What a link the clustering made rests on: a copy unless the texts align as a rewrite, or only the
        /// credit links them.</summary>
        private DerivationBasis ClusteredBasis(int derived, int source)
        {
            if (Text(derived).Count > 0 && MayBeOriginal(source) && Qualifies(source, derived) is not null)
            {
                return Alignment(source, derived).MeanCosine >= _thresholds.CopyCosine ? DerivationBasis.Copy : DerivationBasis.Rewrite;
            }

            return CreditedOutlets.Name(CreditedOutlets.Of(_articles[derived]), _articles[source].Article.Outlet)
                ? DerivationBasis.Credit
                : DerivationBasis.Copy;
        }

        private int Order(int a, int b) => PublicationOrder.Compare(_articles[a].Article, _articles[b].Article);

        /// <summary>Whether the chain of links from <paramref name="from"/> reaches <paramref name="to"/>.</summary>
        private bool Reaches(int from, int to)
        {
            var seen = new HashSet<int>();
            for (var current = from; seen.Add(current); )
            {
                if (current == to)
                {
                    return true;
                }

                if (!_links.TryGetValue(current, out var next))
                {
                    return false;
                }

                current = next.Source;
            }

            return false;
        }

        /// <summary>Whether <paramref name="article"/> has units enough to be found an original by its text: at least
        /// <see cref="DerivationThresholds.MinimumAlignedUnits"/>, or two with <see cref="DerivationThresholds.ShortOriginals"/>.</summary>
        private bool MayBeOriginal(int article) =>
            Text(article).Count >= (_thresholds.ShortOriginals ? 2 : _thresholds.MinimumAlignedUnits);

        private DerivationText Text(int article) =>
            _texts[article] ??= DerivationText.From(_articles[article], _wordNumbers, _thresholds);

        private SentenceAlignment Alignment(int a, int b)
        {
            var key = a < b ? (a, b) : (b, a);
            if (!_alignments.TryGetValue(key, out var alignment))
            {
                alignment = SentenceAlignment.Align(Text(key.Item1), Text(key.Item2), _thresholds);
                _alignments[key] = alignment;
            }

            return alignment;
        }
    }
}
