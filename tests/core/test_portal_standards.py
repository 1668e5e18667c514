"""Government-portal standards on every page (TT 32/2017/TT-BTTTT Art. 16-18, TT 24/2011/TT-BTTTT).

Header menu and footer, "Sơ đồ cổng", print and save, display controls and shortcut keys, no moving
text, contrast of the default theme, Dublin Core and JSON-LD, RSS autodiscovery, each stylesheet once.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from django_tenants.utils import tenant_context
from wagtail.models import Site

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "news"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "documents"))
from documents_helpers import add_document, day
from news_helpers import make_article, make_event

from portal.core import site_map
from portal.core.models import PortalSettings

ROOT = Path(__file__).resolve().parents[2]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def meta(html, name):
    found = re.search(rf'<meta name="{re.escape(name)}" content="([^"]*)">', html)
    return found.group(1) if found else None


def test_menu_and_footer_carry_what_tt_32_asks(school_a, portal_client):
    with tenant_context(school_a):
        settings = PortalSettings.for_site(Site.objects.get())
        settings.responsible_person = "Phạm Thị Ngọc Lan, Hiệu trưởng"
        settings.save()
    html = portal_client(school_a).get("/").content.decode()
    menu = html.split('id="menu-chinh"', 1)[1].split("</nav>", 1)[0]
    services = '<a href="/thu-tuc-bieu-mau/">Dịch vụ công trực tuyến</a>'
    for entry in ('<a href="/"', ">Giới thiệu</a>", services, ">Sơ đồ cổng</a>"):
        assert entry in menu
    footer = html.split('class="site-footer"', 1)[1]
    assert "Chịu trách nhiệm nội dung: Phạm Thị Ngọc Lan, Hiệu trưởng" in footer
    assert "Địa chỉ: " in footer and "Thư điện tử: " in footer
    assert 'accesskey="1"' in html and 'accesskey="3"' in html and 'accesskey="4"' in html


def test_site_map_is_a_text_tree_of_the_sections_and_their_pages(school_a, portal_client, monkeypatch):
    with tenant_context(school_a):
        for n in range(3):
            make_article(f"Tin số {n}", slug=f"tin-so-{n}")
        add_document("12/KH-THCSCVA", "Kế hoạch năm học", day("05/09/2025"))
    monkeypatch.setattr(site_map, "LIST_LIMIT", 2)  # the news section (3 items) is too long to list
    response = portal_client(school_a).get("/so-do-cong/")
    html = response.content.decode()
    assert response.status_code == 200
    tree = html.split('<nav class="site-map"', 1)[1].split("</nav>", 1)[0]
    for title in ("Giới thiệu", "Tin tức - Sự kiện", "Văn bản chỉ đạo, quy định", "Công khai"):
        assert f">{title}</a>" in tree
    assert "(3 mục, xem trong chuyên mục)" in tree and "Tin số 0" not in tree
    assert 'href="/van-ban/12-kh-thcscva/"' in tree  # a short section lists its pages
    assert 'href="/sitemap.xml"' in tree and 'href="/en/"' in tree
    assert "<kbd>3</kbd>" in html


def test_site_map_costs_a_fixed_number_of_queries(school_a, portal_client, django_assert_max_num_queries):
    client = portal_client(school_a)
    client.get("/so-do-cong/")
    with tenant_context(school_a):
        for n in range(4):
            make_article(f"Bài {n}", slug=f"bai-{n}")
    with django_assert_max_num_queries(40):
        assert client.get("/so-do-cong/").status_code == 200


def test_print_mode_of_a_document_has_the_unit_heading_and_no_menu(school_a, portal_client):
    with tenant_context(school_a):
        add_document("15/QĐ-THCSCVA", "Quy chế dân chủ", day("10/09/2025"))
    html = portal_client(school_a).get("/van-ban/15-qd-thcscva/?in=1").content.decode()
    assert 'class="site-header"' not in html and 'id="menu-chinh"' not in html and 'class="site-footer"' not in html
    assert "TRƯỜNG THCS CHU VĂN AN" in html and "Quy chế dân chủ" in html
    assert '<meta name="robots" content="noindex, follow">' in html
    assert "Địa chỉ trang: http://thcschuvanantdm.edu.vn/van-ban/15-qd-thcscva/" in html


def test_save_downloads_one_self_contained_html_file(school_a, portal_client):
    with tenant_context(school_a):
        make_article("Ngày hội STEM", slug="ngay-hoi-stem")
    response = portal_client(school_a).get("/tin-tuc/ngay-hoi-stem/?luu=html")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="ngay-hoi-stem.html"'
    assert response["X-Robots-Tag"] == "noindex"
    html = response.content.decode()
    assert '<base href="http://thcschuvanantdm.edu.vn/tin-tuc/ngay-hoi-stem/">' in html
    assert '<link rel="stylesheet"' not in html and "--blue: #0b4f8a" in html  # site.css copied in
    assert "Ngày hội STEM" in html and "Lưu từ cổng thông tin điện tử" in html
    assert 'class="page-tools"' not in html and 'class="print-actions"' not in html


def test_every_content_page_offers_print_and_save(school_a, portal_client):
    with tenant_context(school_a):
        add_document("16/KH-THCSCVA", "Kế hoạch kiểm tra", day("11/09/2025"))
        make_article("Tin mới", slug="tin-moi")
    client = portal_client(school_a)
    for path in ("/van-ban/16-kh-thcscva/", "/tin-tuc/tin-moi/", "/gioi-thieu/"):
        html = client.get(path).content.decode()
        tools = html.split('class="page-tools"', 1)[1].split("</div>", 1)[0]
        assert 'href="?in=1"' in tools and 'href="?luu=html"' in tools and "data-print" in tools, path
    assert 'class="page-tools"' not in client.get("/").content.decode()


def test_document_metadata_dublin_core_and_legislation(school_a, portal_client):
    with tenant_context(school_a):
        abstract = "Công khai cơ sở giáo dục."
        add_document("09/2024/TT-BGDĐT", "Quy định về công khai", day("03/06/2024"), abstract=abstract)
    html = portal_client(school_a).get("/van-ban/09-2024-tt-bgddt/").content.decode()
    assert meta(html, "DC.identifier") == "09/2024/TT-BGDĐT"
    assert meta(html, "DC.creator") == "Bộ Giáo dục và Đào tạo"
    assert meta(html, "DC.date") == "2024-06-03"
    assert meta(html, "DC.description") == "Công khai cơ sở giáo dục."
    assert meta(html, "DC.publisher") == "Trường THCS Chu Văn An"
    assert meta(html, "DC.language") == "vi"
    [data] = json_ld(html)
    assert data["@type"] == "Legislation" and data["legislationIdentifier"] == "09/2024/TT-BGDĐT"
    assert data["legislationPassedBy"]["name"] == "Bộ Giáo dục và Đào tạo"
    assert data["legislationDate"] == "2024-06-03"


def test_news_event_and_home_structured_data(school_a, district, portal_client):
    with tenant_context(school_a):
        make_article("Khai giảng </script><script>alert(1)</script>", slug="khai-giang", author="Tổ Văn")
        make_event("Hội thao", slug="hoi-thao", place="Sân trường")
    client = portal_client(school_a)
    html = client.get("/tin-tuc/khai-giang/").content.decode()
    assert "<script>alert(1)" not in html.split("</head>", 1)[0]  # the title cannot close the JSON-LD block
    [article] = json_ld(html)
    assert article["@type"] == "NewsArticle" and article["author"] == {"@type": "Person", "name": "Tổ Văn"}
    assert article["headline"].startswith("Khai giảng </script>")
    assert article["publisher"]["@type"] == "EducationalOrganization"
    assert meta(html, "DC.creator") == "Tổ Văn" and meta(html, "DC.identifier").endswith("/tin-tuc/khai-giang/")
    [event] = json_ld(client.get("/tin-tuc/hoi-thao/").content.decode())
    assert event["@type"] == "Event" and event["location"]["name"] == "Sân trường" and "+07:00" in event["startDate"]
    [school] = json_ld(client.get("/").content.decode())
    assert school["@type"] == "EducationalOrganization" and school["name"] == "Trường THCS Chu Văn An"
    assert school["url"] == "http://thcschuvanantdm.edu.vn/"
    [office] = json_ld(portal_client(district).get("/").content.decode())
    assert office["@type"] == "GovernmentOrganization"


def alternates(html):
    return re.findall(r'<link rel="alternate" type="application/(?:rss|atom)\+xml" title="[^"]*" href="([^"]+)">', html)


def test_feeds_are_announced_on_home_and_on_their_listings(school_a, district, portal_client):
    with tenant_context(school_a):
        make_article("Tin có nguồn", slug="tin-co-nguon")
    client = portal_client(school_a)
    home = alternates(client.get("/").content.decode())
    assert {"/rss/tin-tuc/", "/rss/thong-bao/", "/rss/van-ban/", "/rss/tin-tuc/atom/"} <= set(home)
    assert "/rss/tin-cac-truong/" not in home
    assert "/rss/tin-cac-truong/" in alternates(portal_client(district).get("/").content.decode())
    assert alternates(client.get("/tin-tuc/").content.decode()) == ["/rss/tin-tuc/", "/rss/tin-tuc/atom/"]
    assert alternates(client.get("/thong-bao/").content.decode()) == ["/rss/thong-bao/", "/rss/thong-bao/atom/"]
    assert alternates(client.get("/van-ban/").content.decode()) == ["/rss/van-ban/", "/rss/van-ban/atom/"]
    assert alternates(client.get("/tin-tuc/tin-co-nguon/").content.decode()) == []
    assert "/rss/tin-tuc/" in alternates(client.get("/rss/").content.decode())


def test_each_stylesheet_is_linked_once(school_a, portal_client):
    with tenant_context(school_a):
        make_article("Một tin", slug="mot-tin")
    client = portal_client(school_a)
    for path in ("/", "/tin-tuc/", "/tin-tuc/mot-tin/", "/van-ban/", "/gioi-thieu/", "/so-do-cong/", "/en/", "/rss/"):
        html = client.get(path).content.decode()
        links = Counter(re.findall(r'<link rel="stylesheet" href="([^"]+)"', html))
        assert links and max(links.values()) == 1, (path, links)


def test_nothing_moves_or_blinks():
    """TT 32/2017: no moving or blinking text; nothing in our templates or stylesheets animates."""
    files = [*ROOT.glob("templates/**/*.html"), *ROOT.glob("static/**/*.css"), *ROOT.glob("*/static/**/*.css")]
    files += list(ROOT.glob("portal/*/static/**/*.css"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8").lower()
        for banned in ("<marquee", "<blink", "text-decoration: blink", "@keyframes", "animation:"):
            assert banned not in text, f"{path.relative_to(ROOT)}: {banned}"


def test_display_choices_stay_in_the_browser_without_cookies(school_a, portal_client):
    html = portal_client(school_a).get("/").content.decode()
    assert 'data-text-size="1"' in html and "data-contrast" in html
    for script in ("static/js/page-tools.js", "static/js/js-class.js"):
        source = (ROOT / script).read_text(encoding="utf-8")
        assert "localStorage" in source and "document.cookie" not in source
    css = (ROOT / "static/css/site.css").read_text(encoding="utf-8")
    assert "html.text-size-2" in css and "html.high-contrast" in css


def _luminance(hex_colour):
    hex_colour = hex_colour.lstrip("#")
    if len(hex_colour) == 3:
        hex_colour = "".join(c * 2 for c in hex_colour)
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("--ink", "--bg"),
        ("--ink", "--card"),
        ("--muted", "--bg"),
        ("--muted", "--card"),
        ("--blue", "--bg"),
        ("--blue", "--card"),
        ("#fff", "--blue"),
        ("#fff", "--blue-dark"),
        ("#e8edf2", "#13202e"),  # footer text
        ("#b8c4cf", "#13202e"),  # footer meta line
    ],
)
def test_default_theme_meets_wcag_aa_contrast(text, background):
    css = (ROOT / "static/css/site.css").read_text(encoding="utf-8")
    variables = dict(re.findall(r"(--[a-z-]+): (#[0-9a-fA-F]{3,6})", css.split("}", 1)[0]))

    def colour(value):
        return variables[value] if value.startswith("--") else value

    assert contrast(colour(text), colour(background)) >= 4.5
