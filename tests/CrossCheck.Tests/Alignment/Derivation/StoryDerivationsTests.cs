using CrossCheck.Alignment;
using CrossCheck.Alignment.Derivation;
using CrossCheck.Analysis;
using CrossCheck.Clustering;
using static CrossCheck.Tests.Alignment.Derivation.DerivationReports;

namespace CrossCheck.Tests.Alignment.Derivation;

public sealed class StoryDerivationsTests
{
    private static IReadOnlyList<DerivationLink> Find(params AnalysedArticle[] articles) => Find(null, DerivationThresholds.Default, articles);

    private static IReadOnlyList<DerivationLink> Find(IReadOnlyDictionary<string, string>? clustered, DerivationThresholds thresholds, params AnalysedArticle[] articles)
    {
        var story = new Story("s", "Story", [.. articles.Select(a => a.Article.Id)], clustered ?? new Dictionary<string, string>());
        return StoryDerivations.Find(story, articles, thresholds).Links;
    }

    [Fact]
    public void A_later_report_that_paraphrases_an_earlier_one_sentence_by_sentence_and_adds_two_is_a_rewrite_of_it()
    {
        var links = Find(Get("hf-a-wire"), Get("hf-b-rewrite"));

        var link = Assert.Single(links);
        Assert.Equal(new DerivationLink("hf-b-rewrite", "hf-a-wire", DerivationBasis.Rewrite), link);
    }

    [Fact]
    public void Independent_reports_of_the_same_event_that_share_facts_in_a_similar_order_are_not_linked()
    {
        Assert.Empty(Find(Get("hf-a-wire"), Get("hf-c-independent")));
        Assert.Empty(Find(Get("hf-b-rewrite"), Get("hf-c-independent")));
        Assert.Empty(Find(Get("rs-a-original"), Get("rs-c-independent")));
        Assert.Empty(Find(Get("rs-b-republished"), Get("rs-c-independent")));
    }

    [Fact]
    public void A_republication_with_light_edits_and_merged_sentences_is_a_rewrite_of_its_original()
    {
        Assert.Equal(
            new DerivationLink("rs-b-republished", "rs-a-original", DerivationBasis.Rewrite),
            Assert.Single(Find(Get("rs-a-original"), Get("rs-b-republished"))));
    }

    [Fact]
    public void A_rewrite_that_cuts_inside_the_text_and_rewords_the_sentences_around_the_cuts_is_linked()
    {
        // The rewrite drops the speed sentence and the quotation; the reworded inspection sentence between the cuts
        // stays under the bar and is found only inside the uneven gap (decision 346).
        var (wire, rewrite) = (Dated("td-a-wire", "2026-04-08"), Dated("td-b-rewrite", "2026-04-09"));
        Assert.Equal(
            new DerivationLink("td-b-rewrite", "td-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(wire, rewrite)));
        Assert.Empty(Find(null, DerivationThresholds.Default with { UnevenGapCosine = 2 }, wire, rewrite));
    }

    [Fact]
    public void An_independent_report_of_the_same_crash_is_linked_to_neither_the_wire_nor_its_rewrite()
    {
        Assert.Empty(Find(Get("td-a-wire"), Get("td-c-independent")));
        Assert.Empty(Find(Get("td-b-rewrite"), Get("td-c-independent")));
        Assert.Equal(
            new DerivationLink("td-b-rewrite", "td-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(Get("td-c-independent"), Dated("td-a-wire", "2026-04-08"), Dated("td-b-rewrite", "2026-04-09"))));
    }

    [Fact]
    public void A_cut_that_paraphrases_the_sentences_it_keeps_closer_to_its_source_than_any_other_report_is_linked()
    {
        // The cut keeps seven of the wire's twelve sentences reworded (0.60 of the wire, under the 0.75 asked) and
        // two of them nearly word for word; the independent reports tell the same frost, loss and ministry facts, so
        // only the sentences the cut took from the wire are closer to it than to them (decision 405).
        var reports = new[]
        {
            Dated("of-a-wire", "2026-03-02"), Dated("of-b-cut", "2026-03-03"),
            Dated("of-c-independent", "2026-03-03"), Dated("of-d-independent", "2026-03-04"),
        };
        Assert.Equal(
            new DerivationLink("of-b-cut", "of-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(reports)));
        Assert.Empty(Find(null, DerivationThresholds.Default with { ExclusiveShare = 2 }, reports));
    }

    [Fact]
    public void Without_other_reports_to_bear_witness_a_loose_cut_is_not_linked()
    {
        // With no third report every sentence the two share would be "closer to the other than to any other".
        Assert.Empty(Find(Dated("of-a-wire", "2026-03-02"), Dated("of-b-cut", "2026-03-03")));
        Assert.Empty(Find(Dated("of-a-wire", "2026-03-02"), Dated("of-c-independent", "2026-03-03"), Dated("of-d-independent", "2026-03-04")));
    }

    [Fact]
    public void Switched_off_rewrite_detection_links_nothing_by_text()
    {
        var off = DerivationThresholds.Default with { FindRewrites = false };

        Assert.Empty(Find(null, off, Get("hf-a-wire"), Get("hf-b-rewrite")));
    }

    [Fact]
    public void The_later_report_derives_from_the_earlier_whichever_text_came_first()
    {
        // The dates say the paraphrase came first: then the "wire" is the rewrite of it.
        var links = Find(Dated("hf-a-wire", "2025-06-05"), Dated("hf-b-rewrite", "2025-06-03"));

        Assert.Equal(new DerivationLink("hf-a-wire", "hf-b-rewrite", DerivationBasis.Rewrite), Assert.Single(links));
    }

    [Fact]
    public void An_undated_report_is_not_taken_as_later_than_a_dated_one_the_text_tells()
    {
        // The wire has no date and the extended report an earlier one: the text still says the extended report
        // rewrites the wire (it covers all of it, the wire only part of it).
        Assert.Equal(
            new DerivationLink("hf-f-extended", "hf-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(Dated("hf-f-extended", "2025-06-01"), Dated("hf-a-wire", null))));
        Assert.Equal(0, PublicationOrder.Compare(Dated("hf-a-wire", null).Article, Dated("hf-b-rewrite", "2025-06-02").Article));
    }

    [Fact]
    public void Without_dates_the_text_tells_the_original_the_one_the_other_covers()
    {
        // The extended report covers all of the wire, but the wire only eight of its thirteen sentences: whichever
        // comes first, the extended report is the rewrite.
        Assert.Equal(
            new DerivationLink("hf-f-extended", "hf-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(Dated("hf-f-extended", null), Dated("hf-a-wire", null))));
        Assert.Equal(
            new DerivationLink("hf-f-extended", "hf-a-wire", DerivationBasis.Rewrite),
            Assert.Single(Find(Dated("hf-a-wire", null), Dated("hf-f-extended", null))));
    }

    [Fact]
    public void Without_dates_and_when_each_covers_the_other_the_one_that_came_first_is_the_original()
    {
        Assert.Equal("hf-b-rewrite", Assert.Single(Find(Dated("hf-a-wire", null), Dated("hf-b-rewrite", null))).ArticleId);
        Assert.Equal("hf-a-wire", Assert.Single(Find(Dated("hf-b-rewrite", null), Dated("hf-a-wire", null))).ArticleId);
    }

    [Fact]
    public void A_report_that_credits_the_outlet_of_an_earlier_report_derives_from_it()
    {
        var links = Find(Get("hf-a-wire"), Get("hf-c-independent"), Get("hf-d-credit"));

        Assert.Equal(new DerivationLink("hf-d-credit", "hf-a-wire", DerivationBasis.Credit), Assert.Single(links));
    }

    [Fact]
    public void A_credit_makes_no_link_to_a_later_report_nor_when_credit_links_are_off()
    {
        Assert.Empty(Find(Dated("hf-a-wire", "2025-06-09"), Get("hf-d-credit")));
        Assert.Empty(Find(null, DerivationThresholds.Default with { LinkCredits = false }, Get("hf-a-wire"), Get("hf-d-credit")));
    }

    [Fact]
    public void A_copy_of_a_rewrite_derives_from_the_rewrite_and_the_chain_leads_to_the_original()
    {
        var links = Find(Get("hf-a-wire"), Get("hf-b-rewrite"), Get("hf-e-copy"));

        Assert.Contains(new DerivationLink("hf-b-rewrite", "hf-a-wire", DerivationBasis.Rewrite), links);
        Assert.Contains(new DerivationLink("hf-e-copy", "hf-b-rewrite", DerivationBasis.Copy), links);
        var entry = global::CrossCheck.Dossiers.DossierBuilder.ToEntry(Get("hf-e-copy").Article, links);
        Assert.Equal(["hf-b-rewrite", "hf-a-wire"], entry.DerivationChain);
        Assert.Equal(global::CrossCheck.Dossiers.DerivedByValue.Copy, entry.DerivedBy);
    }

    [Fact]
    public void A_report_that_qualifies_against_several_sources_keeps_the_closest_and_notes_the_others()
    {
        var articles = new[] { Get("hf-a-wire"), Get("hf-b-rewrite"), Get("hf-e-copy") };
        var story = new Story("s", "Story", [.. articles.Select(a => a.Article.Id)], new Dictionary<string, string>());

        var found = StoryDerivations.Find(story, articles);

        Assert.Contains(new DerivationLink("hf-e-copy", "hf-b-rewrite", DerivationBasis.Copy), found.Links);
        Assert.Equal(new DerivationLink("hf-e-copy", "hf-a-wire", DerivationBasis.Rewrite), Assert.Single(found.Also));
        Assert.Equal(["hf-a-wire"], found.Apply(story).AlsoDerivedFrom["hf-e-copy"]);
    }

    [Fact]
    public void The_clusterings_links_are_kept_labelled_and_never_closed_into_a_cycle()
    {
        var clustered = new Dictionary<string, string>(StringComparer.Ordinal) { ["hf-a-wire"] = "hf-b-rewrite" };

        var links = Find(clustered, DerivationThresholds.Default, Get("hf-a-wire"), Get("hf-b-rewrite"));

        // The clustering said the wire copies the rewrite; that link stays, and the rewrite is not linked back.
        Assert.Equal(new DerivationLink("hf-a-wire", "hf-b-rewrite", DerivationBasis.Rewrite), Assert.Single(links));
    }

    [Fact]
    public void A_rewrite_is_not_independent_of_its_source_but_stays_independent_of_other_reports()
    {
        var articles = new[] { Get("hf-a-wire"), Get("hf-b-rewrite"), Get("hf-c-independent") };
        var story = new Story("s", "Story", [.. articles.Select(a => a.Article.Id)], new Dictionary<string, string>());

        var derived = StoryDerivations.Find(story, articles).Apply(story);
        var independence = new SourceIndependence(derived, articles);
        var before = new SourceIndependence(story, articles);

        Assert.True(before.AreIndependent("hf-a-wire", "hf-b-rewrite"));
        Assert.False(independence.AreIndependent("hf-a-wire", "hf-b-rewrite"));
        Assert.True(independence.AreIndependent("hf-b-rewrite", "hf-c-independent"));
        Assert.True(independence.AreIndependent("hf-a-wire", "hf-c-independent"));
    }

    [Fact]
    public void A_republication_cut_reordered_and_extended_that_keeps_the_wording_is_a_rewrite()
    {
        var (wire, reordered) = (Dated("bc-a-wire", "2025-03-06"), Dated("bc-b-reordered", "2025-03-07"));

        Assert.Equal(("bc-b-reordered", "bc-a-wire"), Assert.Single(Find(wire, reordered)) is var link ? (link.ArticleId, link.SourceId) : default);

        // Half the wire is left out and the rest is out of order: only the kept wording tells.
        Assert.Empty(Find(null, DerivationThresholds.Default with { VerbatimCoverage = 2 }, wire, reordered));
    }

    [Fact]
    public void An_independent_report_in_the_same_order_shares_no_wording_and_is_not_linked()
    {
        foreach (var other in new[] { "bc-a-wire", "bc-b-reordered", "bc-d-brief" })
        {
            Assert.Empty(Find(Get(other), Get("bc-c-independent")));
            Assert.Empty(Find(Get("bc-c-independent"), Get(other)));
        }
    }

    [Fact]
    public void Without_dates_several_rewrites_of_one_report_derive_from_it_the_hub_of_their_family()
    {
        // No dates, and the wire comes last in story order: the reordered report and the brief each keep sentences
        // of the wire the other lacks, so the wire accounts for more of each than either does of the other.
        var articles = new[] { Dated("bc-b-reordered", null), Dated("bc-d-brief", null), Dated("bc-c-independent", null), Dated("bc-a-wire", null) };

        var links = Find(articles);

        Assert.Equal(2, links.Count);
        Assert.Contains(links, l => l is { ArticleId: "bc-b-reordered", SourceId: "bc-a-wire" });
        Assert.Contains(links, l => l is { ArticleId: "bc-d-brief", SourceId: "bc-a-wire" });

        // Without the family, each pair tells it too: the wire holds sentences inside the span each of the others
        // shares with it (decision 286).
        var pairs = Find(null, DerivationThresholds.Default with { HubMargin = 10 }, articles);
        Assert.DoesNotContain(pairs, l => l.ArticleId == "bc-a-wire");

        // With neither the family nor the pair's own evidence, story order decides each pair (each qualifies as a
        // rewrite of the other): the wire, last, becomes a rewrite of one of the others.
        var alone = Find(null, DerivationThresholds.Default with { HubMargin = 10, InteriorMargin = int.MaxValue, VariantMargin = int.MaxValue }, articles);
        Assert.Contains(alone, l => l.ArticleId == "bc-a-wire");
    }

    [Fact]
    public void Rewrites_in_one_family_confirm_neither_each_other_nor_their_original()
    {
        var articles = new[] { Dated("bc-b-reordered", null), Dated("bc-d-brief", null), Dated("bc-c-independent", null), Dated("bc-a-wire", null) };
        var story = new Story("s", "Story", [.. articles.Select(a => a.Article.Id)], new Dictionary<string, string>());

        var independence = new SourceIndependence(StoryDerivations.Find(story, articles).Apply(story), articles);

        Assert.False(independence.AreIndependent("bc-b-reordered", "bc-d-brief"));
        Assert.False(independence.AreIndependent("bc-b-reordered", "bc-a-wire"));
        Assert.False(independence.AreIndependent("bc-d-brief", "bc-a-wire"));
        Assert.True(independence.AreIndependent("bc-c-independent", "bc-a-wire"));
        Assert.True(independence.AreIndependent("bc-c-independent", "bc-d-brief"));
    }

    [Fact]
    public void A_short_report_that_keeps_a_few_paragraphs_of_a_long_one_word_for_word_is_a_cut_of_it_whatever_the_order()
    {
        // Five of the wire's twenty-eight paragraphs kept word for word make half of the later report and under a
        // fifth of the wire; neither date nor story order is given, so the shares tell the direction.
        foreach (var articles in new[] { new[] { Dated("ff-a-wire", null), Dated("ff-b-cut", null) }, [Dated("ff-b-cut", null), Dated("ff-a-wire", null)] })
        {
            Assert.Equal(("ff-b-cut", "ff-a-wire"), Assert.Single(Find(articles)) is var link ? (link.ArticleId, link.SourceId) : default);
        }

        // Asking the original's share too (as before decision 225) links nothing.
        Assert.Empty(Find(null, DerivationThresholds.Default with { VerbatimOriginalCoverage = 0.2 }, Get("ff-a-wire"), Get("ff-b-cut")));
    }

    [Fact]
    public void A_short_report_rewritten_whole_with_its_wording_kept_is_an_original()
    {
        // Two sentences, both rewritten in order, the second kept nearly word for word: the later report derives from
        // the short one, whichever comes first in story order.
        foreach (var articles in new[] { new[] { Get("tt-a-coastguard"), Get("tt-b-rewrite") }, [Get("tt-b-rewrite"), Get("tt-a-coastguard")] })
        {
            var link = Assert.Single(Find(articles));
            Assert.Equal(("tt-b-rewrite", "tt-a-coastguard"), (link.ArticleId, link.SourceId));
        }

        // Without short originals the pair is left to the copy index.
        Assert.Empty(Find(null, DerivationThresholds.Default with { ShortOriginals = false }, Get("tt-a-coastguard"), Get("tt-b-rewrite")));
    }

    [Fact]
    public void A_short_independent_report_telling_the_same_facts_in_the_same_order_is_not_a_rewrite()
    {
        // The same two facts, in the same order, written apart: no sentence is kept.
        Assert.Empty(Find(Get("tt-a-coastguard"), Get("tt-c-independent")));
        Assert.Empty(Find(Get("tt-c-independent"), Get("tt-a-coastguard")));
        Assert.Empty(Find(Get("tt-b-rewrite"), Get("tt-c-independent")));
    }

    [Fact]
    public void Without_dates_the_report_holding_sentences_the_other_cut_from_inside_the_shared_text_is_the_source()
    {
        // The cut keeps five of the wire's nine paragraphs (dropping two from the middle and two from the end) and adds
        // a closing line of its own; each qualifies as a rewrite of the other, so without the interior rule story
        // order decides.
        foreach (var articles in new[] { new[] { Dated("ac-a-wire", null), Dated("ac-b-cut", null) }, [Dated("ac-b-cut", null), Dated("ac-a-wire", null)] })
        {
            var link = Assert.Single(Find(articles));
            Assert.Equal(("ac-b-cut", "ac-a-wire"), (link.ArticleId, link.SourceId));
        }

        var off = DerivationThresholds.Default with { InteriorMargin = int.MaxValue };
        Assert.Equal("ac-a-wire", Assert.Single(Find(null, off, Dated("ac-b-cut", null), Dated("ac-a-wire", null))).ArticleId);
    }

    [Fact]
    public void Without_dates_the_near_copy_whose_readings_the_other_reports_keep_is_the_source()
    {
        // The edited copy changes a day name, an amount, and two nouns; the brief and the rewrite keep the agency's
        // readings. The edited copy comes first in story order.
        var articles = new[] { Dated("vl-b-edited", null), Dated("vl-c-brief", null), Dated("vl-d-rewrite", null), Dated("vl-a-agency", null) };
        var noHub = DerivationThresholds.Default with { HubMargin = 10 };

        foreach (var thresholds in new[] { DerivationThresholds.Default, noHub })
        {
            var links = Find(null, thresholds, articles);
            Assert.Contains(links, l => l is { ArticleId: "vl-b-edited", SourceId: "vl-a-agency" });
            Assert.DoesNotContain(links, l => l.ArticleId == "vl-a-agency");
        }

        // With neither the family's coverage nor the readings, story order makes the edited copy the source.
        var links2 = Find(null, noHub with { VariantMargin = int.MaxValue }, articles);
        Assert.Contains(links2, l => l is { ArticleId: "vl-a-agency", SourceId: "vl-b-edited" });
    }

    [Fact]
    public void Without_dates_a_rewrite_that_inserts_sentences_inside_the_text_it_took_derives_from_it_by_its_unkept_edits()
    {
        // The local paper takes the agency's report, writes "lorry", "householders", "protective" and "cleared" for
        // the agency's words, inserts three sentences of its own after the second and drops the last two. It holds
        // more inside the shared text, so the interior rule alone makes it the source; the two independent reports
        // keep the agency's words and none of the paper's (decision 431).
        var articles = new[] { Dated("cl-b-expanded", null), Dated("cl-c-independent", null), Dated("cl-a-agency", null), Dated("cl-d-independent", null) };

        Assert.Equal(new DerivationLink("cl-b-expanded", "cl-a-agency", DerivationBasis.Rewrite), Assert.Single(Find(articles)));
        var off = DerivationThresholds.Default with { UnkeptEdits = false };
        var link = Assert.Single(Find(null, off, articles));
        Assert.Equal(("cl-a-agency", "cl-b-expanded"), (link.ArticleId, link.SourceId));
    }

    [Fact]
    public void Without_other_reports_the_unkept_edits_decide_nothing()
    {
        // With no witness neither side's edits are kept, so the interior rule decides as before.
        Assert.Equal("cl-a-agency", Assert.Single(Find(Dated("cl-b-expanded", null), Dated("cl-a-agency", null))).ArticleId);
    }

    [Fact]
    public void A_clustering_link_the_dates_do_not_order_is_traced_to_the_family_member_that_holds_all_it_took()
    {
        // The copy index made the brief a copy of the reordered report (earliest to arrive); the wire, which the
        // reordered report rewrites, holds every sentence of the brief. The brief is too short to qualify by its text
        // here (five aligned units asked, no short originals), so only the clustering links it.
        var articles = new[] { Dated("bc-b-reordered", null), Dated("bc-d-brief", null), Dated("bc-c-independent", null), Dated("bc-a-wire", null) };
        var clustered = new Dictionary<string, string>(StringComparer.Ordinal) { ["bc-d-brief"] = "bc-b-reordered" };

        var thresholds = DerivationThresholds.Default with { MinimumAlignedUnits = 5, ShortOriginals = false };
        Assert.DoesNotContain(Find(null, thresholds, articles), l => l.ArticleId == "bc-d-brief");

        var links = Find(clustered, thresholds, articles);

        Assert.Contains(links, l => l is { ArticleId: "bc-d-brief", SourceId: "bc-a-wire" });
        Assert.Contains(links, l => l is { ArticleId: "bc-b-reordered", SourceId: "bc-a-wire" });
    }
}
