namespace CrossCheck.Alignment.Derivation;

/// <summary>Which of two related reports is the source when the dates do not tell, and where in a family a rewrite
/// is traced to (docs/decisions.md, decisions 181, 182, 286, 287 and 288).</summary>
internal static partial class StoryDerivations
{
    private sealed partial class Finder
    {
        /// <summary>Of two reports the dates do not order and one of which rewrites the other, whether
        /// <paramref name="first"/> is the source (docs/decisions.md, decision 181):
        /// <list type="number">
        /// <item>the hub of a family: when other reports of the story rewrite or are rewritten by either, the source is
        /// the one that accounts for more of their content, or, when both account for as much, the one whose words
        /// they keep (a rewrite's own edits and additions are found in no other member; the original's text is in all
        /// of them);</item>
        /// <item>else the one whose own readings the story's other reports keep when they keep none of the other's
        /// (<see cref="UnkeptEdits"/>, decision 431);</item>
        /// <item>else the one holding more content between the sentences the two share (<see cref="InteriorCut"/>:
        /// the other cut it, decision 286);</item>
        /// <item>else the one whose own readings the story's other reports keep (<see cref="Variants"/>, decision
        /// 287);</item>
        /// <item>else the one the other covers, when only one of them qualifies as the other's rewrite (the other
        /// added material of its own);</item>
        /// <item>else the earlier in story order.</item>
        /// </list></summary>
        private bool IsOriginal(int first, int second)
        {
            var family = Nearest(first).Union(Nearest(second))
                .Where(q => q != first && q != second && (Related(q, first) || Related(q, second)))
                .ToList();
            var margin = _thresholds.HubMargin * family.Count;
            if (family.Count > 0)
            {
                var (byFirst, bySecond) = (family.Sum(q => Covers(first, q)), family.Sum(q => Covers(second, q)));
                if (Math.Abs(byFirst - bySecond) > margin)
                {
                    return byFirst > bySecond;
                }

                // Equal coverage: the one whose wording the other members keep.
                (byFirst, bySecond) = (family.Sum(q => Wording(first, q)), family.Sum(q => Wording(second, q)));
                if (Math.Abs(byFirst - bySecond) > margin)
                {
                    return byFirst > bySecond;
                }
            }

            if (UnkeptEdits(first, second) is { } unkept)
            {
                return unkept;
            }

            if (InteriorCut(first, second) is { } cut)
            {
                return cut;
            }

            if (Variants(first, second) is { } kept)
            {
                return kept;
            }

            var firstQualifies = MayBeOriginal(first) && Qualifies(first, second) is not null;
            var secondQualifies = MayBeOriginal(second) && Qualifies(second, first) is not null;
            return firstQualifies != secondQualifies ? firstQualifies : first < second;
        }

        /// <summary>Whether <paramref name="first"/> is the source by what each holds inside the span the two share:
        /// content between aligned sentences that the other lacks was cut by the other (a rewrite cuts sentences
        /// anywhere but adds its own mostly as a lead or a tail), so the one holding more of it, by
        /// <see cref="DerivationThresholds.InteriorMargin"/> content words, is the source; null when neither does
        /// (decision 286).</summary>
        private bool? InteriorCut(int first, int second)
        {
            var alignment = Alignment(first, second);
            var (a, b) = first < second ? (First: first, Second: second) : (First: second, Second: first);
            var inFirst = Interior(Text(a), alignment.FirstAligned, alignment.FirstMoved);
            var inSecond = Interior(Text(b), alignment.SecondAligned, alignment.SecondMoved);
            var (byFirst, bySecond) = first < second ? (inFirst, inSecond) : (inSecond, inFirst);
            return Math.Abs(byFirst - bySecond) >= _thresholds.InteriorMargin ? byFirst > bySecond : null;
        }

        /// <summary>The content words of <paramref name="text"/>'s units that are neither aligned nor moved and stand
        /// between its first and last covered unit; quotations left out.</summary>
        private static int Interior(DerivationText text, bool[] aligned, bool[] moved)
        {
            var covered = Enumerable.Range(0, text.Count).Where(i => aligned[i] || moved[i]).ToList();
            if (covered.Count < 2)
            {
                return 0;
            }

            return Enumerable.Range(covered[0], covered[^1] - covered[0])
                .Where(i => !aligned[i] && !moved[i] && !text.Quoted[i])
                .Sum(i => text.Words[i].Length);
        }

        /// <summary>Whether <paramref name="first"/> is the source by the readings the story's other reports keep
        /// (the stemmatic principle: the archetype agrees with the majority of witnesses): the words each of the two
        /// has in its aligned sentences and the other has nowhere (its edits), counted in every other report of the
        /// story near either; null when neither leads by <see cref="DerivationThresholds.VariantMargin"/> words and
        /// twice the other's count (decision 287).</summary>
        private bool? Variants(int first, int second)
        {
            var (keptFirst, keptSecond) = Readings(first, second).Kept;
            var (more, less) = (Math.Max(keptFirst, keptSecond), Math.Min(keptFirst, keptSecond));
            return more - less >= _thresholds.VariantMargin && more >= 2 * less ? keptFirst > keptSecond : null;
        }

        /// <summary>Whether <paramref name="first"/> is the source because each of the two edited the text they
        /// share (each has words in its aligned sentences the other lacks) and no other report of the story near
        /// either keeps a single edit of one, while at least <see cref="DerivationThresholds.VariantMargin"/> distinct
        /// edits of the other are found in them: a rewrite's own words are its own, the original's are told by the
        /// reports that tell the same facts. Asked before <see cref="InteriorCut"/>, which a rewrite that inserts
        /// sentences of its own inside the text it took misleads; null otherwise, and when
        /// <see cref="DerivationThresholds.UnkeptEdits"/> is off (decision 431).</summary>
        private bool? UnkeptEdits(int first, int second)
        {
            if (!_thresholds.UnkeptEdits)
            {
                return null;
            }

            var readings = Readings(first, second);
            var (ownFirst, ownSecond) = readings.Own;
            var (anyFirst, anySecond) = readings.Distinct;
            if (ownFirst == 0 || ownSecond == 0)
            {
                return null;
            }

            return (anyFirst, anySecond) switch
            {
                (0, var kept) when kept >= _thresholds.VariantMargin => false,
                (var kept, 0) when kept >= _thresholds.VariantMargin => true,
                _ => null,
            };
        }

        /// <summary>The edits of each of the two (words of its aligned sentences the other has nowhere): how many,
        /// how many of them the other reports near either keep (each witness counted), and how many distinct ones
        /// are kept by at least one.</summary>
        private ((int First, int Second) Own, (int First, int Second) Kept, (int First, int Second) Distinct) Readings(int first, int second)
        {
            if (_readings.TryGetValue((first, second), out var known))
            {
                return known;
            }

            var (f, s) = (Text(first), Text(second));
            var (allFirst, allSecond) = (AllWords(first), AllWords(second));
            var (ownFirst, ownSecond) = (new HashSet<int>(), new HashSet<int>());
            foreach (var pair in Alignment(first, second).Pairs)
            {
                var (fStart, fCount, sStart, sCount) = first < second
                    ? (pair.FirstStart, pair.FirstCount, pair.SecondStart, pair.SecondCount)
                    : (pair.SecondStart, pair.SecondCount, pair.FirstStart, pair.FirstCount);
                ownFirst.UnionWith(Enumerable.Range(fStart, fCount).SelectMany(i => f.Words[i]).Where(w => !allSecond.Contains(w)));
                ownSecond.UnionWith(Enumerable.Range(sStart, sCount).SelectMany(i => s.Words[i]).Where(w => !allFirst.Contains(w)));
            }

            var (keptFirst, keptSecond) = (0, 0);
            var (anyFirst, anySecond) = (new HashSet<int>(), new HashSet<int>());
            foreach (var witness in Nearest(first).Union(Nearest(second)).Where(q => q != first && q != second))
            {
                var words = AllWords(witness);
                keptFirst += ownFirst.Count(words.Contains);
                keptSecond += ownSecond.Count(words.Contains);
                anyFirst.UnionWith(ownFirst.Where(words.Contains));
                anySecond.UnionWith(ownSecond.Where(words.Contains));
            }

            return _readings[(first, second)] = ((ownFirst.Count, ownSecond.Count), (keptFirst, keptSecond), (anyFirst.Count, anySecond.Count));
        }

        /// <summary>Every content word of a report, computed once per report.</summary>
        private HashSet<int> AllWords(int article) => _allWords[article] ??= [.. Text(article).Words.SelectMany(w => w)];

        /// <summary>The share of <paramref name="other"/>'s content words that its sentences aligned with
        /// <paramref name="member"/> share with them.</summary>
        private double Wording(int member, int other)
        {
            var (m, o) = (Text(member), Text(other));
            if (m.Count == 0 || o.Count == 0)
            {
                return 0;
            }

            var shared = 0;
            foreach (var pair in Alignment(member, other).Pairs)
            {
                var (mStart, mCount, oStart, oCount) = member < other
                    ? (pair.FirstStart, pair.FirstCount, pair.SecondStart, pair.SecondCount)
                    : (pair.SecondStart, pair.SecondCount, pair.FirstStart, pair.FirstCount);
                var words = new HashSet<int>(Enumerable.Range(mStart, mCount).SelectMany(i => m.Words[i]));
                shared += Enumerable.Range(oStart, oCount).SelectMany(i => o.Words[i]).Distinct().Count(words.Contains);
            }

            var total = Enumerable.Range(0, o.Count).Sum(o.Weight);
            return (double)shared / total;
        }
        /// <summary>The reports a report is compared with: all of a story of up to
        /// <see cref="DerivationThresholds.MaxComparedSources"/> + 1 reports, else the closest in meaning.</summary>
        private IReadOnlyList<int> Nearest(int article)
        {
            if (_nearest[article] is { } known)
            {
                return known;
            }

            var others = Enumerable.Range(0, _articles.Count).Where(o => o != article && Text(o).Count > 0 && Text(article).Count > 0);
            if (_articles.Count > _thresholds.MaxComparedSources + 1)
            {
                var centre = Text(article).Centre;
                others = others.OrderByDescending(o => UnitVectors.Dot(Text(o).Centre, centre)).Take(_thresholds.MaxComparedSources).Order();
            }

            return _nearest[article] = [.. others];
        }

        /// <summary>Whether either report qualifies as a rewrite of the other, dates aside, or the clustering found
        /// them copies.</summary>
        private bool Related(int a, int b) =>
            _clustered.Contains((Math.Min(a, b), Math.Max(a, b)))
            || (MayBeOriginal(a) && Text(b).Count > 0 && Qualifies(a, b) is not null)
            || (MayBeOriginal(b) && Text(a).Count > 0 && Qualifies(b, a) is not null);

        /// <summary>The share of <paramref name="derived"/>'s content the alignment with <paramref name="source"/> covers.</summary>
        private double Covers(int source, int derived)
        {
            if (Text(source).Count == 0 || Text(derived).Count == 0)
            {
                return 0;
            }

            var alignment = Alignment(source, derived);
            var (aligned, moved) = source < derived
                ? (alignment.SecondAligned, alignment.SecondMoved)
                : (alignment.FirstAligned, alignment.FirstMoved);
            return SentenceAlignment.Coverage(Text(derived), aligned, moved).Covered;
        }

        /// <summary>A rewrite of a rewrite, or of a copy, that the report's source's own source accounts for as well
        /// (every sentence it took is there too) derives from that earlier report: a copy of the original adds
        /// nothing a rewrite could have taken, and a brief cut from one member of a family is traced to the member
        /// that holds all of it (docs/decisions.md, decision 182). A link of the clustering's that the dates do not
        /// order is traced the same way: its source was only the earliest to arrive (decision 288).</summary>
        private void TowardsTheOriginal(int derived)
        {
            while (_links.TryGetValue(derived, out var link)
                && _links.TryGetValue(link.Source, out var above)
                && above.Source != derived
                && Order(above.Source, derived) <= 0
                && Covers(above.Source, derived) >= Covers(link.Source, derived) - ClosenessTie)
            {
                _also.Add((derived, link.Source));
                _links[derived] = (above.Source, Basis(above.Source, derived));
            }
        }
    }
}
