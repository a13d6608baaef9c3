namespace CrossCheck.Web.Assets;

/// <summary>Page chrome: header, navigation, story cards, forms, article view.</summary>
internal static class SiteStyle
{
    public const string Css = """
        .site-header{border-bottom:1px solid var(--line);background:#fff}
        .site-header nav{max-width:1120px;margin:0 auto;padding:.7rem 1rem;display:flex;gap:1.2rem;align-items:center;flex-wrap:wrap}
        .brand{font-weight:800;font-size:1.15rem;color:var(--fg);text-decoration:none;letter-spacing:-.01em}.brand span{color:var(--ok)}
        .site-header a{color:var(--fg)}.site-header a.nav{text-decoration:none;font-weight:600}.site-header a.nav:hover,.site-header a.nav:focus{text-decoration:underline}
        .skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:10}
        :focus-visible{outline:3px solid #0969da;outline-offset:2px}
        .search{display:flex;gap:.5rem;margin:1rem 0 1.5rem;flex-wrap:wrap}.search input{flex:1 1 16rem}
        input,textarea,select{font:inherit;padding:.5rem .6rem;border:1px solid #8c959f;border-radius:.4rem;width:100%}
        textarea{min-height:8rem}label{font-weight:600;display:block;margin:.8rem 0 .25rem}.hint{color:var(--muted);font-size:.85rem;margin:.2rem 0}
        button,.button{font:inherit;font-weight:600;background:var(--fg);color:#fff;border:0;border-radius:.4rem;padding:.55rem 1.1rem;cursor:pointer}
        button:hover,button:focus{background:#32383f}
        .cards{list-style:none;padding:0;display:grid;gap:.8rem}
        .card{border:1px solid var(--line);border-radius:.6rem;padding:.9rem 1rem}.card h2{border:0;margin:0 0 .3rem;padding:0;font-size:1.15rem}
        .card h2 a{color:var(--fg);text-decoration:none}.card h2 a:hover,.card h2 a:focus{text-decoration:underline}
        .meta{color:var(--muted);font-size:.88rem}.chips{display:flex;gap:.35rem;flex-wrap:wrap;margin-top:.4rem}
        .chip{font-size:.8rem;border:1px solid var(--line);border-radius:1rem;padding:.05rem .55rem}
        .article-text p{max-width:42rem}.claim{border-radius:.2rem;padding:0 .1rem}
        mark.claim.st-corroborated{background:var(--ok-bg)}mark.claim.st-partial{background:var(--part-bg)}mark.claim.st-contradicted{background:var(--bad-bg)}mark.claim.st-single{background:var(--single-bg)}
        .legend{display:flex;gap:.5rem;flex-wrap:wrap;margin:.5rem 0 1rem}
        .notice{border-left:4px solid var(--ok);background:var(--ok-bg);padding:.6rem .9rem;border-radius:.3rem}.notice.error{border-color:var(--bad);background:var(--bad-bg)}
        fieldset{border:1px solid var(--line);border-radius:.6rem;padding:.4rem 1rem 1rem;margin:1rem 0}legend{font-weight:700;padding:0 .3rem}
        .site-footer{color:var(--muted);font-size:.85rem;text-align:center;padding:2rem 1rem}
        """;
}
