"""Rendering of the news pages: section, article, event, notices, Open Graph, print view."""

import datetime
import unicodedata

from django.utils import timezone
from django_tenants.utils import tenant_context
from news_helpers import make_article, make_event, make_image, make_notice, news_index, paragraphs

from portal.news.models import NewsCategory, NewsIndexPage, NoticeIndexPage


def test_sections_are_claimed_by_the_news_page_types(school_a):
    with tenant_context(school_a):
        news = NewsIndexPage.objects.get(section_key="tin-tuc")
        notices = NoticeIndexPage.objects.get(section_key="thong-bao")
        assert (news.title, news.slug) == ("Tin tức - Sự kiện", "tin-tuc")
        assert (notices.title, notices.slug) == ("Thông báo", "thong-bao")
        assert news.live and notices.live


def test_article_renders_with_image_attribution_og_and_print_buttons(school_a, portal_client):
    with tenant_context(school_a):
        category = NewsCategory.objects.create(name="Hoạt động chuyên môn")
        image = make_image("Khai giảng")
        make_article(
            "Lễ khai giảng năm học 2026-2027",
            category=category,
            featured_image=image,
            author="Nguyễn Thị Mai",
            is_reposted=True,
            source="Báo Bình Dương",
            source_url="https://baobinhduong.vn/",
            body=[
                {"type": "heading", "value": "Không khí ngày hội"},
                *paragraphs("Hồi trống khai trường vang lên."),
                {"type": "quote", "value": {"text": "Học, học nữa, học mãi.", "source": "Lênin"}},
            ],
        )
    html = portal_client(school_a).get("/tin-tuc/le-khai-giang-nam-hoc-2026-2027/").content.decode()
    assert "<h1>Lễ khai giảng năm học 2026-2027</h1>" in html
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:image" content="http://thcschuvanantdm.edu.vn/media/thcschuvanantdm/' in html
    assert "Hồi trống khai trường vang lên." in html and "<h2>Không khí ngày hội</h2>" in html
    assert "<picture>" in html and 'type="image/webp"' in html and "1200w" not in html  # an 800px original
    assert "800w" in html and "400w" in html
    assert 'alt="Mô tả Khai giảng"' in html
    assert "Tác giả: <strong>Nguyễn Thị Mai</strong>" in html
    assert '<a href="https://baobinhduong.vn/" rel="nofollow noopener">Báo Bình Dương</a> (tin đăng lại)' in html
    assert 'href="/tin-tuc/?chuyen-muc=hoat-dong-chuyen-mon"' in html
    assert "In trang" in html and "Lưu (PDF)" in html and "?luu=html" in html and "js/page-tools.js" in html
    assert '<meta name="DC.creator" content="Nguyễn Thị Mai">' in html
    assert 'aria-label="Đường dẫn"' in html and ">Tin tức - Sự kiện</a>" in html


def test_print_view_is_a_plain_page_with_the_article(school_a, portal_client):
    with tenant_context(school_a):
        make_article("Ngày hội đọc sách", author="Tổ Văn", body=paragraphs("Các em giới thiệu sách hay."))
    response = portal_client(school_a).get("/tin-tuc/ngay-hoi-doc-sach/?in=1")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Ngày hội đọc sách</h1>" in html and "Các em giới thiệu sách hay." in html
    assert 'class="site-header"' not in html and 'id="menu-chinh"' not in html  # no menu on paper
    assert '<meta name="robots" content="noindex, follow">' in html
    assert '<link rel="canonical" href="http://thcschuvanantdm.edu.vn/tin-tuc/ngay-hoi-doc-sach/">' in html
    assert "Địa chỉ trang: http://thcschuvanantdm.edu.vn/tin-tuc/ngay-hoi-doc-sach/" in html
    assert "TRƯỜNG THCS CHU VĂN AN" in html
    assert 'class="page-tools"' not in html  # no "In trang" button on the printed page itself


def test_event_renders_time_place_and_organiser(school_b, portal_client):
    start = timezone.make_aware(datetime.datetime(2030, 12, 19, 7, 0))
    with tenant_context(school_b):
        make_event(
            "Hội thao chào mừng 22/12",
            slug="hoi-thao",
            start=start,
            end=start + datetime.timedelta(hours=3, minutes=30),
            place="Sân trường",
            organiser="Liên đội nhà trường",
        )
    html = portal_client(school_b).get("/tin-tuc/hoi-thao/").content.decode()
    assert "07:00 – 10:30, ngày 19/12/2030" in html
    assert "<dd>Sân trường</dd>" in html and "<dd>Liên đội nhà trường</dd>" in html
    assert "đã diễn ra" not in html
    assert '<meta property="og:type" content="article">' in html
    assert "In trang" in html
    printed = portal_client(school_b).get("/tin-tuc/hoi-thao/?in=1").content.decode()
    assert "<dd>Sân trường</dd>" in printed and 'class="site-header"' not in printed


def test_admin_edit_form_and_preview_of_a_draft(school_a, superuser_client):
    from portal.news.models import NewsArticlePage

    with tenant_context(school_a):
        page = make_article("Bản nháp tin mới", slug="ban-nhap")
        page.title = "Bản nháp tin mới (sửa)"
        page.save_revision()
        response = page.make_preview_request()
        preview = response.content.decode() if hasattr(response, "content") else response.rendered_content
    assert "Bản nháp tin mới (sửa)" in preview and "Trường THCS Chu Văn An" in preview
    editor = superuser_client(school_a).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    for label in ("Tác giả và nguồn", "tin đăng lại", "Ảnh đại diện", "Tin liên quan", "Đăng tải, trích dẫn"):
        assert label.lower() in editor.lower()
    with tenant_context(school_a):
        assert NewsArticlePage.objects.get(pk=page.pk).title == "Bản nháp tin mới"  # live version unchanged


def test_notice_renders_attachments_and_pin(school_a, portal_client):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    with tenant_context(school_a):
        document = get_document_model().objects.create(
            title="Lịch nghỉ Tết", file=ContentFile(b"%PDF-1.4 lich nghi", name="lich-nghi-tet.pdf")
        )
        make_notice(
            "Thông báo nghỉ Tết Dương lịch",
            slug="nghi-tet",
            pinned_until=timezone.localdate() + datetime.timedelta(days=3),
            body=[
                *paragraphs("Học sinh nghỉ ngày 01/01."),
                {"type": "document", "value": {"document": document.pk, "title": "Lịch nghỉ"}},
            ],
        )
    html = portal_client(school_a).get("/thong-bao/nghi-tet/").content.decode()
    assert "<h1>Thông báo nghỉ Tết Dương lịch</h1>" in html
    assert "Tệp đính kèm (1)" in html and ">Lịch nghỉ</a>" in html and "(PDF)" in html
    assert "Ghim trên trang chủ đến hết ngày" in html
    assert "In trang" in html
    listing = portal_client(school_a).get("/thong-bao/").content.decode()
    assert "Thông báo quan trọng" in listing and "Thông báo nghỉ Tết Dương lịch" in listing


def test_empty_sections_render_in_vietnamese(school_b, portal_client):
    client = portal_client(school_b)
    assert "Chưa có tin nào." in client.get("/tin-tuc/").content.decode()
    assert "Chưa có thông báo nào." in client.get("/thong-bao/").content.decode()


def test_streamfield_text_is_nfc_on_save(school_a):
    nfd = unicodedata.normalize("NFD", "Trường tổ chức hội thi “Giáo viên dạy giỏi”")
    with tenant_context(school_a):
        page = make_article(
            "Bài NFC",
            slug="bai-nfc",
            summary=unicodedata.normalize("NFD", "Tóm tắt tiếng Việt"),
            body=[
                {"type": "heading", "value": nfd},
                *paragraphs(nfd),
                {"type": "quote", "value": {"text": nfd, "source": nfd}},
            ],
        )
        page.refresh_from_db()
        raw = page.body.get_prep_value()
        revision = page.latest_revision.content["body"]
    strings = [raw[0]["value"], raw[1]["value"], raw[2]["value"]["text"], raw[2]["value"]["source"], page.summary]
    assert all(unicodedata.is_normalized("NFC", text) for text in strings)
    assert unicodedata.is_normalized("NFC", str(revision))
    assert "Trường tổ chức" in raw[1]["value"]


def test_search_helpers(school_a):
    with tenant_context(school_a):
        page = make_article(
            "Tập huấn chuyển đổi số",
            summary="Cán bộ được tập huấn.",
            body=paragraphs("Học bạ <b>số</b> và sổ điểm điện tử."),
            date=datetime.date(2026, 8, 12),
        )
        notice = make_notice("Thông báo họp phụ huynh", date=datetime.date(2026, 9, 10))
        assert page.feed_kind == "news" and notice.feed_kind == "notice"
        assert page.search_date == datetime.date(2026, 8, 12)
        text = page.get_search_text()
        assert "Tập huấn chuyển đổi số" in text and "Cán bộ được tập huấn." in text
        assert "Học bạ số và sổ điểm điện tử." in text and "<b>" not in text
        assert "Thông báo họp phụ huynh" in notice.get_search_text()


def test_news_index_only_accepts_articles_and_events(school_a):
    from portal.news.models import EventPage, NewsArticlePage, NoticePage

    with tenant_context(school_a):
        index = news_index()
        assert set(index.specific_class.allowed_subpage_models()) == {NewsArticlePage, EventPage}
        assert NoticePage.can_create_at(index) is False
        assert NewsArticlePage.allowed_parent_page_models() == [NewsIndexPage]
        assert NoticePage.allowed_parent_page_models() == [NoticeIndexPage]
