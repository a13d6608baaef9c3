using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CrossCheck.Dossiers;

namespace CrossCheck.Web.Tests.Api;

public sealed class ApiTests
{
    private static readonly string StoryText =
        "Flood waters rose in Lentmoor on Tuesday. Mayor Mara Velt said the dam held.\n\nAbout 1,200 residents were evacuated.";

    [Fact]
    public async Task Stories_are_listed_and_a_dossier_follows_the_contract()
    {
        await using var host = await WebTestHost.StartAsync(null, WebTestHost.Report("a1", "Harbor Wire", "Lentmoor dam holds", StoryText));

        var list = await host.Client.GetFromJsonAsync<JsonElement>("/api/stories");
        var id = list[0].GetProperty("id").GetString()!;
        var response = await host.Client.GetAsync(new Uri($"/api/stories/{id}", UriKind.Relative));
        var dossier = DossierJson.Deserialize(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Lentmoor dam holds", list[0].GetProperty("title").GetString());
        Assert.Equal(["a1"], dossier.Stories.Single().ArticleIds);
        Assert.Equal("Harbor Wire", dossier.Articles.Single().Outlet);
    }

    [Theory]
    [InlineData("/api/stories/unknown")]
    [InlineData("/api/articles/unknown")]
    public async Task Unknown_ids_give_problem_details(string path)
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Posting_without_the_api_key_is_refused()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("/api/articles", new { title = "T", text = StoryText });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await host.Catalog.ListStoriesAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Posting_an_array_with_the_key_adds_every_article_once()
    {
        await using var host = await WebTestHost.StartAsync();
        var body = new[]
        {
            new { id = "x1", title = "Dam holds", outlet = "Harbor Wire", text = StoryText },
            new { id = "x2", title = "Dam holds in Lentmoor", outlet = "Valley Daily", text = StoryText + " Engineers inspected it." },
        };

        var first = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(body));
        var again = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(body));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(2, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.NotNull(await host.Catalog.GetArticleAsync("x2", CancellationToken.None));
    }

    [Fact]
    public async Task Posted_articles_keep_their_byline()
    {
        await using var host = await WebTestHost.StartAsync();
        var body = new { id = "b1", title = "Dam holds", outlet = "Harbor Wire", byline = "Ana Reyes", text = StoryText };

        var response = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(body));
        var article = await host.Client.GetFromJsonAsync<JsonElement>("/api/articles/b1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ana Reyes", article.GetProperty("article").GetProperty("byline").GetString());
    }

    [Theory]
    [InlineData("{\"title\": ")]
    [InlineData("42")]
    [InlineData("{\"title\": \"no body\"}")]
    [InlineData("[{\"text\": \"ok\"}, 7]")]
    public async Task Malformed_bodies_are_bad_requests(string body)
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await PostAsync(host, "/api/articles", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_bodies_are_refused_with_413()
    {
        await using var host = await WebTestHost.StartAsync(new WebOptions { ApiKey = WebTestHost.ApiKey, MaxRequestBytes = 1024 });

        var response = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(new { text = new string('x', 10_000) }));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Url_records_on_private_addresses_are_refused_by_default()
    {
        await using var page = await LocalPage.StartAsync();
        await using var host = await WebTestHost.StartAsync();

        var response = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(new { url = page.Url }));
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(0, outcome.GetProperty("added").GetInt32());
        Assert.Contains("127.0.0.1", outcome.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, page.Requests);
    }

    [Fact]
    public async Task Url_records_are_fetched_when_private_addresses_are_allowed()
    {
        await using var page = await LocalPage.StartAsync();
        await using var host = await WebTestHost.StartAsync(new WebOptions { ApiKey = WebTestHost.ApiKey, AllowPrivateAddresses = true });

        var response = await PostAsync(host, "/api/articles", JsonSerializer.Serialize(new { url = page.Url }));
        var outcome = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(1, outcome.GetProperty("added").GetInt32());
        Assert.Equal(1, page.Requests);
        var stories = await host.Catalog.ListStoriesAsync(null, CancellationToken.None);
        Assert.Equal("Lentmoor dam holds after the storm", Assert.Single(stories).Title);
    }

    [Fact]
    public async Task Reads_can_require_the_key()
    {
        await using var host = await WebTestHost.StartAsync(new WebOptions { ApiKey = WebTestHost.ApiKey, ReadsRequireKey = true });

        var anonymous = await host.Client.GetAsync(new Uri("/api/stories", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        request.Headers.Add("X-Api-Key", WebTestHost.ApiKey);
        var keyed = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.OK, keyed.StatusCode);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_endpoints()
    {
        await using var host = await WebTestHost.StartAsync();

        var document = await host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        Assert.True(paths.TryGetProperty("/api/stories/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/articles", out _));
        Assert.True(paths.TryGetProperty("/api/feeds", out _));
    }

    private static async Task<HttpResponseMessage> PostAsync(WebTestHost host, string path, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", WebTestHost.ApiKey);
        return await host.Client.SendAsync(request);
    }
}
