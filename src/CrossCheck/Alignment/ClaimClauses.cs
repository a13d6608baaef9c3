using CrossCheck.Text;

namespace CrossCheck.Alignment;

/// <summary>The main statement and the asides of one claim sentence: an apposition or a trailing comma piece is a
/// detail a source may leave out, and a sentence that states the main statement whole supports the claim
/// (<see cref="CoversTheMainStatement"/>, decision 376). A claim of several clauses is not supported by a sentence
/// that states only one of them (decision 375, withdrawn by decision 381): the other clauses stay unconfirmed.</summary>
internal static class ClaimClauses
{
    /// <summary>Fewest words and names the main statement needs to count as a statement of its own (a subject or an
    /// object besides its verb).</summary>
    public const int MinimumUnits = 3;

    /// <summary>The asides of a claim sentence (text ranges, end exclusive): the pieces between commas that are not its
    /// main statement. The main statement is the first comma piece holding a verb, with the piece that opens the
    /// sentence when that is another (its subject or a fronted phrase); the pieces between them are appositions ("Lo
    /// Presti<i>, 52, head of the clans of Porta Nuova,</i> was found dead") and those after it trail
    /// ("<i>, just hours after being picked up in the raids</i>", "<i>, four of them seriously</i>", "<i>, the
    /// coordination centre said</i>"). A piece that opens with a coordinator or a subordinator is a clause of its own
    /// (<see cref="ClosedClassWords.OpensClauseAfterComma"/>), no aside. Commas inside brackets or between the groups of a figure ("20, 000") split
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
