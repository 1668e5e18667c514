"""In-page measurements shared by the browser tests: phone layout, tap targets, axe-core.

Each function returns plain data (lists of problems) so a test can check every
page and then fail once with the complete list.
"""

import json
from pathlib import Path

# WCAG 2.2 SC 2.5.8 "Target Size (Minimum)": 24x24 CSS px, except targets inline in a sentence.
MIN_TARGET = 24
MENU_BUTTON_MIN = 44
MIN_FONT_PX = 16

LAYOUT_JS = """
() => {
  const doc = document.documentElement;
  const body = getComputedStyle(document.body);
  const wide = [];
  if (doc.scrollWidth > window.innerWidth) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 && r.width > 0 && getComputedStyle(el).position !== 'fixed') {
        let inScroller = false;
        for (let p = el.parentElement; p; p = p.parentElement) {
          const ov = getComputedStyle(p).overflowX;
          if (ov === 'auto' || ov === 'scroll' || ov === 'hidden') { inScroller = true; break; }
        }
        const cls = el.className ? '.' + String(el.className).trim().split(/\\s+/).join('.') : '';
        if (!inScroller) { wide.push(el.tagName.toLowerCase() + cls + ' right=' + Math.round(r.right)); }
        if (wide.length >= 5) break;
      }
    }
  }
  return {scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth, fontSize: parseFloat(body.fontSize), wide};
}
"""

TARGETS_JS = """
(minimum) => {
  const inline = (el) => {
    // Inline in a sentence: the link sits inside running text with more text around it.
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.closest('p, li, td, dd, figcaption, blockquote, span.meta');
    if (!block) return false;
    const own = (el.textContent || '').trim().length;
    return (block.textContent || '').trim().length > own + 3;
  };
  const small = [];
  let count = 0;
  let inlineCount = 0;
  const selector = 'a[href], button, input:not([type=hidden]), select, summary, textarea';
  const main = document.querySelector('main');
  for (const el of main ? main.querySelectorAll(selector) : []) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden') continue;
    count += 1;
    const undersized = r.width < minimum || r.height < minimum;
    if (undersized && inline(el)) { inlineCount += 1; continue; }
    if (undersized) {
      const text = el.getAttribute('aria-label') || el.textContent || el.name || '';
      const label = text.trim().replace(/\\s+/g, ' ').slice(0, 40);
      small.push(`${el.tagName.toLowerCase()} "${label}" ${r.width.toFixed(0)}x${r.height.toFixed(0)}`);
    }
  }
  return {count, small, inline: inlineCount};
}
"""

MENU_BUTTON_JS = """
() => {
  const b = document.querySelector('.menu-toggle');
  if (!b) return null;
  const r = b.getBoundingClientRect();
  return {width: r.width, height: r.height, visible: r.width > 0 && r.height > 0};
}
"""


def layout(page):
    return page.evaluate(LAYOUT_JS)


def tap_targets(page, minimum=MIN_TARGET):
    return page.evaluate(TARGETS_JS, minimum)


def menu_button(page):
    return page.evaluate(MENU_BUTTON_JS)


def axe(page, axe_path, impacts=("serious", "critical")):
    """Run axe-core (WCAG 2.x A/AA + best practices) on the page; return the violations of ``impacts``."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        # Evaluated through the DevTools protocol, not added as a <script>: the page's CSP forbids inline
        # scripts (portal.core.csp) and the test must not loosen it.
        page.evaluate(Path(axe_path).read_text(encoding="utf-8") + "\n;undefined")
    result = page.evaluate(
        "async () => JSON.stringify((await axe.run(document, {resultTypes: ['violations']})).violations)"
    )
    violations = json.loads(result)
    return [v for v in violations if v.get("impact") in impacts]


def describe_axe(violations):
    lines = []
    for v in violations:
        targets = "; ".join(
            " ".join(node["target"]) if isinstance(node["target"], list) else str(node["target"])
            for node in v["nodes"][:3]
        )
        lines.append(f"{v['impact']} {v['id']}: {v['help']} ({len(v['nodes'])}x: {targets})")
    return lines
