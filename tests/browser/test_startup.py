"""A page styles itself once at start-up (overrides/startup/, macros/table_host.py):
Material's start-up steps that restyle every element are skipped or made
smaller, and everything they were for still works."""

from tests.browser.palette import scheme, switch_to

# Records, from before any page script runs, every change that makes the browser
# restyle the whole page: classes on <html>, the palette's switching attribute on
# <body>, and color-scheme <meta> tags added to <head>.
RECORDER = """
window.__startup = [];
const note = (what) => window.__startup.push({what, loading: document.readyState !== "complete"});
new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === "attributes" && record.target === document.documentElement && record.attributeName === "class") {
      // classList.add() of a class already there is recorded too, but restyles nothing.
      if (record.oldValue !== document.documentElement.className)
        note("html class: " + (record.oldValue || "") + " -> " + document.documentElement.className);
    }
    else if (record.type === "attributes" && record.attributeName === "data-md-color-switching")
      note("switching " + (record.target.hasAttribute("data-md-color-switching") ? "on" : "off"));
    else if (record.type === "childList")
      for (const node of record.addedNodes)
        if (node.nodeName === "META" && node.name === "color-scheme" && node.parentNode === document.head) note("color-scheme meta");
  }
}).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true,
                      attributeFilter: ["class", "data-md-color-switching"]});
"""


def startup_changes(page) -> list[dict]:
    return page.evaluate("window.__startup")


def test_loading_a_page_restyles_it_once_and_the_palette_still_switches(page, base_url):
    page.add_init_script(RECORDER)
    page.goto(base_url + "virtualization/", wait_until="load")
    page.wait_for_function("document.querySelectorAll('meta[name=color-scheme]').length === 1")

    during_load = [change["what"] for change in startup_changes(page) if change["loading"]]
    # The parser's own class="no-js" is replaced once, before the body exists.
    assert during_load == ["html class: no-js -> js js-focus-visible"], during_load
    assert page.evaluate("document.documentElement.className") == "js js-focus-visible"

    # Material's colour-scheme tag is still added, once, and says the palette's scheme.
    color_scheme = page.evaluate("document.querySelector('meta[name=color-scheme]').content")
    assert color_scheme == page.evaluate("getComputedStyle(document.querySelector('.md-header')).colorScheme")

    switch_to(page, "slate")
    after_load = [change["what"] for change in startup_changes(page) if not change["loading"]]
    # Switching by hand stops transitions exactly as Material wrote it.
    assert "switching on" in after_load and "switching off" in after_load, after_load
    page.wait_for_function("document.querySelector('meta[name=color-scheme]').content === 'dark'")
    switch_to(page, "default")
    page.wait_for_function("document.querySelector('meta[name=color-scheme]').content === 'light'")
    assert scheme(page) == "default"


def test_wide_tables_still_scroll_sideways_on_a_phone(phone_page, base_url):
    phone_page.goto(base_url + "virtualization/")
    hosts = phone_page.locator("article .table-host")
    assert hosts.count() >= 5
    # Material wrapped each table inside its host, as it does without one.
    wrapped = phone_page.locator("article .table-host > .md-typeset__scrollwrap > .md-typeset__table > table")
    assert wrapped.count() == hosts.count()
    widths = phone_page.evaluate(
        """() => [...document.querySelectorAll('article .md-typeset__scrollwrap')]
                 .map(wrap => [wrap.scrollWidth, wrap.clientWidth])"""
    )
    assert any(scroll > client for scroll, client in widths), f"no table is wider than a phone: {widths}"
    # The host adds no space of its own: it is exactly as tall as Material's wrapper.
    heights = phone_page.evaluate(
        """() => [...document.querySelectorAll('article .table-host')]
                 .map(host => host.getBoundingClientRect().height - host.firstElementChild.getBoundingClientRect().height)"""
    )
    assert all(abs(difference) < 0.5 for difference in heights), heights
