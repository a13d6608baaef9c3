using CrossCheck.Text.Embeddings;

namespace CrossCheck.Tests.Text.Embeddings;

public sealed class SentenceEmbedderTests
{
    private static SentenceEmbedder Embedder => SentenceEmbedder.Shared;

    [Fact]
    public void The_model_takes_ids_mask_and_token_types() =>
        Assert.Equal(["attention_mask", "input_ids", "token_type_ids"], Embedder.InputNames);

    [Fact]
    public void Vectors_have_384_dimensions_and_unit_length()
    {
        var vectors = Embedder.Embed(["The ferry left Port Alder at dawn.", "", "Ünïcödé, “quoted” — and 12.5% more."]);

        Assert.Equal(3, vectors.Length);
        foreach (var vector in vectors)
        {
            Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
            var length = Math.Sqrt(vector.Sum(v => (double)v * v));
            Assert.InRange(length, 0.999, 1.001);
            Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        }
    }

    [Fact]
    public void Identical_sentences_have_cosine_one()
    {
        var vectors = Embedder.Embed(["Mayor Ilse Varga opened the new bridge over the Tamsin river.", "Mayor Ilse Varga opened the new bridge over the Tamsin river."]);

        Assert.Equal(vectors[0], vectors[1]);
        Assert.InRange(SentenceEmbedder.Cosine(vectors[0], vectors[1]), 0.9999f, 1.0001f);
    }

    // Fictional stories: a sentence, a paraphrase of it, and another sentence of the same story.
    [Theory]
    [InlineData(
        "The Corvane city council voted to close the old harbour bridge for repairs.",
        "Councillors in Corvane decided the ageing harbour bridge will shut so it can be fixed.",
        "Corvane's mayor is expected to attend a trade fair in Lisbrook next month.")]
    [InlineData(
        "Floods forced about 2,000 residents of Merrowdale to leave their homes on Tuesday.",
        "Some two thousand people in Merrowdale were evacuated because of flooding on Tuesday.",
        "Merrowdale's football club postponed its home match against Ostley.")]
    [InlineData(
        "Police arrested two men after a jewellery shop in Hallan Street was robbed.",
        "Two suspects were detained following the robbery of a Hallan Street jeweller.",
        "The shop on Hallan Street first opened its doors in 1962.")]
    [InlineData(
        "Keltra Motors will cut 400 jobs at its plant in Brennick.",
        "The carmaker Keltra plans to eliminate four hundred positions at the Brennick factory.",
        "Brennick's plant was visited by the transport minister last spring.")]
    [InlineData(
        "The health ministry said the new vaccine would be free for everyone over 65.",
        "People older than 65 will receive the new vaccine at no cost, according to the ministry of health.",
        "The ministry's spokesperson declined to comment on hospital waiting times.")]
    public void A_paraphrase_scores_above_an_unrelated_sentence_of_the_same_story(string sentence, string paraphrase, string unrelated)
    {
        var vectors = Embedder.Embed([sentence, paraphrase, unrelated]);

        var paraphraseScore = SentenceEmbedder.Cosine(vectors[0], vectors[1]);
        var unrelatedScore = SentenceEmbedder.Cosine(vectors[0], vectors[2]);
        Assert.True(paraphraseScore > unrelatedScore + 0.1f, $"paraphrase {paraphraseScore}, unrelated {unrelatedScore}");
    }

    // BERT's basic tokenizer (uncased) lower-cases, decomposes and drops combining marks, so accents fold in the
    // tokenizer; curly quotes and dashes are vocabulary tokens of their own and are folded before it (the last
    // case scored 0.96 without that fold). The brief asks for 0.98; both folds give the same word pieces.
    [Theory]
    [InlineData("José Núñez said the café in Zürich would reopen.", "Jose Nunez said the cafe in Zurich would reopen.")]
    [InlineData("ÉLYSÉE PALACE OFFICIALS MET IN ÅRHUS.", "Elysee Palace officials met in Arhus.")]
    [InlineData("“We will not resign,” the minister said.", "\"We will not resign,\" the minister said.")]
    [InlineData("The mayor’s office didn’t respond.", "The mayor's office didn't respond.")]
    [InlineData("Prices rose 3–4 per cent — the fastest in a decade.", "Prices rose 3-4 per cent - the fastest in a decade.")]
    [InlineData("„Nein“, sagte er ‚leise‘ – dann ging er.", "\"Nein\", sagte er 'leise' - dann ging er.")]
    [InlineData("Renée Lefèvre’s “Résumé” — a best-seller.", "Renee Lefevre's \"Resume\" - a best-seller.")]
    public void Typographic_forms_embed_like_their_ascii_folds(string typographic, string ascii)
    {
        var vectors = Embedder.Embed([typographic, ascii]);

        var cosine = SentenceEmbedder.Cosine(vectors[0], vectors[1]);
        Assert.True(cosine >= 0.98f, $"cosine {cosine}");
        Assert.True(cosine >= 0.9999f, $"cosine {cosine}: the folds no longer give the same word pieces");
    }

    [Theory]
    [InlineData("“a” ‘b’ — c – d ‐ e „f“ ‚g‘ «h» ‹i›", "\"a\" 'b' - c - d - e \"f\" 'g' \"h\" 'i'")]
    [InlineData("plain ASCII - 'stays' \"as is\"", "plain ASCII - 'stays' \"as is\"")]
    [InlineData("accents stay: café", "accents stay: café")]
    public void Punctuation_folds_by_unicode_category(string text, string expected) =>
        Assert.Equal(expected, SentenceEmbedder.FoldPunctuation(text));

    [Fact]
    public void Batching_gives_the_same_vectors_as_one_at_a_time()
    {
        // More than one batch, of very different lengths in mixed order, so sorting and padding differ between the
        // two runs. Bit for bit: the stores keep a sentence's vector whatever batch first computed it (decision 152).
        var sentences = Enumerable.Range(0, (SentenceEmbedder.BatchSize * 2) + 5)
            .Select(i => i % 3 == 0
                ? $"Report {i}: the Velmar dam held."
                : i % 3 == 1
                    ? $"Report {i}: engineers from the regional water authority inspected the Velmar dam after {i} days of heavy rain and found no cracks in its walls."
                    : $"Report {i}: residents of Velmar returned home on {i} buses.")
            .ToArray();

        var batched = Embedder.Embed(sentences);
        for (var i = 0; i < sentences.Length; i++)
        {
            Assert.Equal(Embedder.Embed(sentences[i]), batched[i]);
        }
    }

    [Fact]
    public void A_call_is_run_in_batches_of_similar_length()
    {
        // Short and long sentences alternate, as in a report: cut in order, each batch of 4 would be padded to its
        // long ones (332 positions for 200 tokens); sorted, 208.
        int[] lengths = [40, 9, 41, 10, 39, 9, 42, 10];

        var batches = SentenceEmbedder.Batches(lengths, 4);

        Assert.Equal([[1, 5, 3, 7], [4, 0, 2, 6]], batches);
        Assert.Equal(208, batches.Sum(b => b.Length * b.Max(i => lengths[i])));
    }

    [Fact]
    public void The_model_id_names_the_package_version_the_model_comes_from()
    {
        Assert.Equal(SentenceEmbedder.PackageVersion, EmbeddingModelSource.PackageVersion()?.ToString());
        Assert.Contains(SentenceEmbedder.PackageVersion, SentenceEmbedder.ModelId, StringComparison.Ordinal);
    }

    public static TheoryData<string> BrokenSources => ["missing model", "corrupt model", "missing vocabulary"];

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public void A_missing_or_corrupt_model_is_one_clear_error(string broken)
    {
        var good = EmbeddingModelSource.Default;
        var source = broken switch
        {
            "missing model" => good with { Name = "a test source", OpenModel = () => throw new FileNotFoundException("model.onnx is not there") },
            "corrupt model" => good with { Name = "a test source", OpenModel = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes("not an onnx model\nat all")) },
            _ => good with { Name = "a test source", OpenVocabulary = () => throw new EmbeddingModelException("vocab.txt is missing from the resources") },
        };

        var error = Assert.Throws<EmbeddingModelException>(() => SentenceEmbedder.Load(source));

        Assert.StartsWith("the sentence-embedding model could not be loaded from a test source (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_model_that_cannot_load_fails_every_use_with_the_same_error_and_is_not_retried()
    {
        var loads = 0;
        var model = new LazySentenceEmbedder(() =>
        {
            loads++;
            return SentenceEmbedder.Load(EmbeddingModelSource.Default with { Name = "a test source", OpenModel = () => new MemoryStream([1, 2, 3]) });
        });

        Assert.Empty(model.Encode([]));
        Assert.False(model.IsLoaded);
        Assert.Throws<EmbeddingModelException>(() => model.Encode(["The Orlen tunnel reopened."]));
        Assert.Throws<EmbeddingModelException>(() => model.Encode(["The Orlen tunnel reopened."]));
        Assert.Equal(1, loads);
    }

    [Fact]
    public void Long_sentences_are_truncated_not_rejected()
    {
        var words = string.Join(' ', Enumerable.Repeat("the committee reviewed the budget", 200));

        var vector = Embedder.Embed(words);

        Assert.Equal(SentenceEmbedder.Dimensions, vector.Length);
    }

    [Fact]
    public void Embedding_from_several_threads_gives_the_same_vectors()
    {
        var sentences = new[] { "The Orlen tunnel reopened.", "Traffic in Orlen returned to normal.", "A storm hit the coast of Saltmere." };
        var expected = Embedder.Embed(sentences);

        var results = new float[8][][];
        Parallel.For(0, results.Length, i => results[i] = Embedder.Embed(sentences));

        foreach (var result in results)
        {
            for (var s = 0; s < sentences.Length; s++)
            {
                Assert.True(SentenceEmbedder.Cosine(expected[s], result[s]) > 0.9999f);
            }
        }
    }

    [Fact]
    public async Task Calls_on_a_full_scheduler_of_one_task_per_core_run_their_batches_themselves()
    {
        // As in the pipeline: every slot of the scheduler holds a call that waits for its own parallel batches.
        var sentences = Enumerable.Range(0, (SentenceEmbedder.BatchSize * 3) + 1).Select(i => $"Ferry {i} left Port Alder at dawn.").ToArray();
        var expected = Embedder.Embed(sentences);
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, 2).ConcurrentScheduler;

        var calls = Enumerable.Range(0, 4)
            .Select(_ => Task.Factory.StartNew(() => Embedder.Embed(sentences), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler))
            .ToArray();
        var results = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    [Fact]
    public void Cosine_of_orthogonal_and_opposite_vectors()
    {
        Assert.Equal(0f, SentenceEmbedder.Cosine([1f, 0f], [0f, 1f]));
        Assert.Equal(-1f, SentenceEmbedder.Cosine([1f, 2f], [-1f, -2f]), 1e-6f);
        Assert.Throws<ArgumentException>(() => SentenceEmbedder.Cosine([1f], [1f, 2f]));
    }
}
