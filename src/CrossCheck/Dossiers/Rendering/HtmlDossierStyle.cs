namespace CrossCheck.Dossiers.Rendering;

/// <summary>The stylesheet inlined into self-contained dossier pages (colours pass WCAG AA contrast).</summary>
internal static class HtmlDossierStyle
{
    public const string Css = """
        :root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--ok:#116329;--ok-bg:#dafbe1;--part:#7d4e00;--part-bg:#fff8c5;--bad:#a40e26;--bad-bg:#ffebe9;--single:#424a53;--single-bg:#f6f8fa}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1120px;margin:0 auto;padding:1.5rem 1rem 4rem}
        h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.35rem;margin:2.5rem 0 .3rem;border-top:3px solid var(--fg);padding-top:1rem}h3{font-size:1.05rem;margin:1.8rem 0 .6rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
        .summary{color:var(--muted)}.badge{display:inline-block;border-radius:1rem;padding:.05rem .6rem;margin:.15rem .1rem;font-size:.85rem;font-weight:600}
        .st-corroborated .status,.badge.st-corroborated{background:var(--ok-bg);color:var(--ok)}.st-partial .status,.badge.st-partial{background:var(--part-bg);color:var(--part)}
        .st-contradicted .status,.badge.st-contradicted{background:var(--bad-bg);color:var(--bad)}.st-single .status,.badge.st-single{background:var(--single-bg);color:var(--single)}
        .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;vertical-align:top;padding:.45rem .5rem;border-bottom:1px solid var(--line)}
        th{font-weight:600;background:var(--single-bg)}.num{text-align:right;white-space:nowrap}td.status{white-space:nowrap;font-weight:600;border-radius:.3rem}
        code{font-size:.8rem;color:var(--muted)}.note{font-size:.8rem;color:var(--muted);font-style:italic}
        .evidence{margin:.15rem 0 .4rem;padding-left:.5rem;border-left:3px solid var(--line)}.ev-supports{border-color:var(--ok)}.ev-partial{border-color:#bf8700}.ev-contradicts{border-color:var(--bad)}
        .conflict{display:inline-block;color:var(--bad);font-weight:600}.reason{margin:0 0 .4rem;font-weight:600}
        .quote-group{border:1px solid var(--line);border-radius:.5rem;padding:.7rem 1rem;margin:.7rem 0}.speaker{font-weight:700;margin-bottom:.3rem}
        .renderings{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:.8rem}figure{margin:0}blockquote{margin:0;padding:.3rem .7rem;border-left:4px solid var(--fg);font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
        figcaption{font-size:.82rem;color:var(--muted);margin-top:.2rem}del{background:var(--bad-bg);color:var(--bad)}ins{background:var(--ok-bg);color:var(--ok);text-decoration:none;font-weight:600}
        .timeline{list-style:none;padding:0;border-left:3px solid var(--line);margin-left:.4rem}.timeline li{padding:.2rem 0 .6rem 1rem;position:relative}.timeline time{font-weight:700;font-variant-numeric:tabular-nums;margin-right:.4rem}
        .dot{display:inline-block;width:.7em;height:.7em;border-radius:50%;margin-right:.35em;vertical-align:baseline;background:currentColor}
        th.st-corroborated{color:var(--ok)}th.st-partial{color:#9a6700}th.st-contradicted{color:var(--bad)}th.st-single{color:#8c959f}
        .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        a{color:#0550ae}.empty{color:var(--muted)}
        @media (max-width:640px){body{font-size:15px}th,td{padding:.35rem}}
        """;
}
