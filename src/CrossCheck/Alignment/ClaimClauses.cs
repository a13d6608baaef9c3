using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The clauses of one claim sentence: a sentence often states two things ("Fourteen people were hurt, and
/// were taken to hospital"; "Baehr said he was not aware of the earlier charge and that the test results are
/// pending"), and another report may state one of them in full and never mention the other. Clauses begin after a
/// comma at a word that opens one (<see cref="ClosedClassWords.OpensClauseAfterComma"/>), at a coordinator followed by
/// "that" (a second reported statement), and after a semicolon. Each unit carries the index of its clause
/// (<see cref="AlignmentUnit.Clause"/>), and <see cref="CoversAClause"/> tells whether another sentence states one of
/// them whole (decision 375).</summary>
internal static class ClaimClauses
{
    /// <summary>Fewest words and names a clause needs to count as a statement of its own (a subject or an object
    /// besides its verb).</summary>
    public const int MinimumUnits = 3;

    /// <summary>The text offsets at which the second and later clauses of the span begin, in order.</summary>
    public static IReadOnlyList<int> Starts(IReadOnlyList<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var starts = new List<int>();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Punctuation && token.Text == ";")
                {
                    starts.Add(tokens[i + 1].Start);
                }

                continue;
            }

            var afterComma = tokens[i - 1] is { Kind: TokenKind.Punctuation, Text: "," };
            var coordinatedThat = ClosedClassWords.ClassOf(token.Text) == WordClass.CoordinatingConjunction
                && tokens[i + 1] is { Kind: TokenKind.Word } next && string.Equals(next.Text, "that", StringComparison.OrdinalIgnoreCase);
            if ((afterComma && ClosedClassWords.OpensClauseAfterComma(token.Text)) || coordinatedThat)
            {
                starts.Add(token.Start);
            }
        }

        return starts;
    }

    /// <summary>The index of the clause holding the text offset <paramref name="position"/>.</summary>
    public static int IndexAt(IReadOnlyList<int> starts, int position)
    {
        ArgumentNullException.ThrowIfNull(starts);
        var index = 0;
        while (index < starts.Count && starts[index] <= position)
        {
            index++;
        }

        return index;
    }

    /// <summary>Whether the other sentence states one clause of a claim of several whole: the clause holds at least
    /// <see cref="MinimumUnits"/> words and names, one of its verbs is aligned when it has verbs (as in
    /// <see cref="EvidenceJudge.SharesWhatHappened"/>), and its weighted coverage
    /// reaches <paramref name="supports"/>. A claim of one clause is judged whole, as before.</summary>
    public static bool CoversAClause(TextProfile claim, IReadOnlyList<double> similarities, double supports)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(similarities);
        var last = claim.Units.Count == 0 ? 0 : claim.Units.Max(u => u.Clause);
        if (last == 0)
        {
            return false;
        }

        for (var clause = 0; clause <= last; clause++)
        {
            var content = 0;
            var hasVerb = false;
            var verbAligned = false;
            for (var i = 0; i < claim.Units.Count; i++)
            {
                var unit = claim.Units[i];
                if (unit.Clause != clause || unit.Kind is not (UnitKind.Word or UnitKind.Entity))
                {
                    continue;
                }

                content++;
                if (unit.Class == WordClass.Verb)
                {
                    hasVerb = true;
                    verbAligned |= similarities[i] > 0;
                }
            }

            var index = clause;
            if (content >= MinimumUnits && (!hasVerb || verbAligned) && !MatchesANameInPart(claim, similarities, u => u.Clause == index)
                && WordAligner.Coverage(claim, similarities, u => u.Clause == index) >= supports)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The asides of a claim sentence (text ranges, end exclusive): the pieces between commas that are not its
    /// main statement. The main statement is the first comma piece holding a verb, with the piece that opens the
    /// sentence when that is another (its subject or a fronted phrase); the pieces between them are appositions ("Lo
    /// Presti<i>, 52, head of the clans of Porta Nuova,</i> was found dead") and those after it trail
    /// ("<i>, just hours after being picked up in the raids</i>", "<i>, four of them seriously</i>", "<i>, the
    /// coordination centre said</i>"). A piece that opens with a coordinator or a subordinator is a clause of its own
    /// (<see cref="Starts"/>), no aside. Commas inside brackets or between the groups of a figure ("20, 000") split
    /// nothing, and a sentence that lists ("in A, B and C") keeps its trailing pieces. A sentence with no verb, or of one
    /// piece, has no asides. A verb here is any verb, auxiliary or modal ("12 were at the port").</summary>
    public static IReadOnlyList<(int Start, int End)> Asides(IReadOnlyList<Token> tokens, IReadOnlyDictionary<int, WordClass> classes)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(classes);
        var pieces = new List<(int First, int Last)>();
        var first = 0;
        var depth = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var text = tokens[i].Text;
            if (tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            depth += text switch { "(" or "[" => 1, ")" or "]" => depth > 0 ? -1 : 0, _ => 0 };
            var splitsFigure = i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Number && tokens[i + 1].Kind == TokenKind.Number;
            if (text == "," && depth == 0 && !splitsFigure)
            {
                pieces.Add((first, i - 1));
                first = i + 1;
            }
        }

        pieces.Add((first, tokens.Count - 1));
        pieces.RemoveAll(p => p.Last < p.First);
        bool HasVerb((int First, int Last) piece) =>
            Enumerable.Range(piece.First, piece.Last - piece.First + 1)
                .Any(i => classes.GetValueOrDefault(tokens[i].Start) is WordClass.Verb or WordClass.Auxiliary or WordClass.Modal);
        bool Lists((int First, int Last) piece) => !HasVerb(piece)
            && Enumerable.Range(piece.First, piece.Last - piece.First + 1).Any(i => tokens[i].Text is "and" or "or");
        var main = pieces.FindIndex(p => HasVerb(p));
        if (pieces.Count < 2 || main < 0 || pieces.Skip(main + 1).Any(Lists))
        {
            return [];
        }

        var asides = new List<(int Start, int End)>();
        for (var p = 1; p < pieces.Count; p++)
        {
            if (p != main && !ClosedClassWords.OpensClauseAfterComma(tokens[pieces[p].First].Text))
            {
                asides.Add((tokens[pieces[p].First].Start, tokens[pieces[p].Last].End));
            }
        }

        return asides;
    }

    /// <summary>Whether the other sentence states the main statement of a claim that has asides (<see cref="Asides"/>)
    /// whole: the units outside the asides hold at least <see cref="MinimumUnits"/> words and names, one of their verbs
    /// is aligned, and their weighted coverage reaches <paramref name="supports"/>.</summary>
    public static bool CoversTheMainStatement(TextProfile claim, IReadOnlyList<double> similarities, double supports)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(similarities);
        if (!claim.Units.Any(u => u.Aside))
        {
            return false;
        }

        var content = 0;
        var verbAligned = false;
        for (var i = 0; i < claim.Units.Count; i++)
        {
            var unit = claim.Units[i];
            if (!unit.Aside && unit.Kind is UnitKind.Word or UnitKind.Entity)
            {
                content++;
                verbAligned |= unit.Class == WordClass.Verb && similarities[i] > 0;
            }
        }

        return content >= MinimumUnits && verbAligned && !MatchesANameInPart(claim, similarities, u => !u.Aside)
            && WordAligner.Coverage(claim, similarities, u => !u.Aside) >= supports;
    }

    /// <summary>A name of the part judged is matched only in part (a variant: "the Young Goon gang" / "the Young Guns
    /// gang"): the other sentence may name someone else, so the part is not confirmed on its own.</summary>
    private static bool MatchesANameInPart(TextProfile claim, IReadOnlyList<double> similarities, Func<AlignmentUnit, bool> part)
    {
        for (var i = 0; i < claim.Units.Count; i++)
        {
            if (claim.Units[i].Kind == UnitKind.Entity && part(claim.Units[i]) && similarities[i] > 0 && similarities[i] < 1)
            {
                return true;
            }
        }

        return false;
    }
}
