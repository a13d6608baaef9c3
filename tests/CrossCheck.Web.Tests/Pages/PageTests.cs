using System.Net;
using System.Text.RegularExpressions;

namespace CrossCheck.Web.Tests.Pages;

public sealed partial class PageTests
{
    [Fact]
    public async Task Every_page_carries_the_security_headers()
    {
        await using var host = await WebTestHost.StartAsync();

        var response = await host.Client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task A_script_tag_in_an_article_is_shown_as_text()
    {
        const string Hostile = "<script>alert('x')</script>";
        await using var host = await WebTestHost.StartAsync(null, WebTestHost.Report("evil", "Bad <b>Outlet</b>", "Title " + Hostile, "The council met on Monday. " + Hostile + " It voted."));
        var storyId = (await host.Catalog.ListStoriesAsync(null, CancellationToken.None)).Single().Id;

        foreach (var path in new[] { "/", $"/stories/{storyId}", "/articles/evil" })
        {
            var html = await host.Client.GetStringAsync(new Uri(path, UriKind.Relative));

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>Outlet", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_pages_are_404_pages_for_people()
    {
        await using var host = await WebTestHost.StartAsync();

        var story = await host.Client.GetAsync(new Uri("/stories/none", UriKind.Relative));
        var other = await host.Client.GetAsync(new Uri("/nothing/here", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, story.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("Not found", await story.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_add_form_rejects_posts_without_an_antiforgery_token()
    {
        await using var host = await WebTestHost.StartAsync(new WebOptions());
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Text"] = "A report." });

        var response = await host.Client.PostAsync(new Uri("/add", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.Catalog.ListStoriesAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task The_add_form_with_its_token_adds_a_pasted_report()
    {
        await using var host = await WebTestHost.StartAsync(new WebOptions());
        var page = await host.Client.GetAsync(new Uri("/add", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        var token = TokenPattern().Match(html).Groups[1].Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/add")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Title"] = "Bridge reopens in Osterfeld",
                ["Outlet"] = "Valley Daily",
                ["Published"] = "2031-05-01",
                ["Text"] = "The bridge in Osterfeld reopened on Friday after repairs, the council said.",
            }),
        };
        request.Headers.Add("Cookie", string.Join("; ", page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bridge reopens in Osterfeld", (await host.Catalog.ListStoriesAsync(null, CancellationToken.None)).Single().Title);
    }

    [Fact]
    public async Task Search_filters_the_story_list()
    {
        await using var host = await WebTestHost.StartAsync(
            null,
            WebTestHost.Report("a", "Harbor Wire", "Dam holds in Lentmoor", "The dam in Lentmoor held on Tuesday."),
            WebTestHost.Report("b", "Valley Daily", "Osterfeld bridge reopens", "The bridge in Osterfeld reopened on Friday."));

        var html = await host.Client.GetStringAsync(new Uri("/?q=Osterfeld", UriKind.Relative));

        Assert.Contains("Osterfeld bridge reopens", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Dam holds in Lentmoor", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
