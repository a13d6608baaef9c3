namespace CrossCheck.Alignment;

/// <summary>Two equal counts, one of "people" and one of a kind of person ("five people were rescued" / "five bank
/// workers were rescued"), count the same people in a more and a less precise word: once the aligner has paired the
/// two figures, the two counted nouns, left unaligned because the lexicon relates them nowhere, are paired at
/// <see cref="UnitMatcher.StemScore"/>. Only equal (compatible) figures link their nouns: "two workers" and "five
/// people" may be a part and the whole, or two events, and are never made to look alike.</summary>
internal static class CountedPeople
{
    public static void Link(TextProfile a, TextProfile b, double[] simA, int[] matchA, double[] simB, int[] matchB, UnitMatcher matcher)
    {
        for (var i = 0; i < a.Units.Count; i++)
        {
            var j = matchA[i];
            if (a.Units[i] is not { Kind: UnitKind.Quantity, Quantity: { } countA } || j < 0
                || b.Units[j].Quantity is not { } countB
                || SlotComparison.Head(countA.Counts) is not { } headA || SlotComparison.Head(countB.Counts) is not { } headB
                || !matcher.GeneralAndKindOfPeople(headA, headB))
            {
                continue;
            }

            var nounA = UnalignedWord(a, matchA, headA);
            var nounB = UnalignedWord(b, matchB, headB);
            if (nounA >= 0 && nounB >= 0)
            {
                (matchA[nounA], matchB[nounB]) = (nounB, nounA);
                simA[nounA] = simB[nounB] = UnitMatcher.StemScore;
            }
        }
    }

    private static int UnalignedWord(TextProfile profile, int[] matches, string surface)
    {
        for (var i = 0; i < profile.Units.Count; i++)
        {
            if (matches[i] < 0 && profile.Units[i].Kind == UnitKind.Word
                && string.Equals(profile.Units[i].Surface, surface, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
