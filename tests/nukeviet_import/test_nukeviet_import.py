"""The NukeViet importer on the demo's small dump in NukeViet's real table layout (demo/nukeviet/site, written
by ``python -m demo.nukeviet.site``): import, re-import, the report, the old addresses, isolation, bad dumps."""

import io
import shutil
import unicodedata
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django_tenants.utils import tenant_context
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from documents.models import LegalDocumentPage, RelationType
from nukeviet_import.models import ImportedItem
from portal.news.models import NewsArticlePage, NewsCategory

FIXTURES = Path(__file__).resolve().parents[2] / "demo" / "nukeviet" / "site"  # one copy: the demo's


def run_import(portal, tmp_path, *extra, dump=None):
    report = tmp_path / "report.xlsx"
    out = io.StringIO()
    call_command(
        "import_nukeviet",
        portal.schema_name,
        "--dump",
        str(dump or FIXTURES / "site.sql"),
        "--uploads",
        str(FIXTURES / "uploads"),
        "--report",
        str(report),
        *extra,
        verbosity=0,
        stdout=out,
    )
    return out.getvalue(), report


def report_rows(report):
    workbook = openpyxl.load_workbook(report, read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    workbook.close()
    return rows


def counts(portal):
    with tenant_context(portal):
        return (
            NewsArticlePage.objects.count(),
            NewsCategory.objects.count(),
            LegalDocumentPage.objects.count(),
            ImportedItem.objects.count(),
            get_image_model().objects.count(),
            get_document_model().objects.count(),
        )


@pytest.fixture
def imported(school_a, school_b, tmp_path):
    before_b = counts(school_b)
    output, report = run_import(school_a, tmp_path)
    return {"output": output, "report": report, "before_b": before_b}


def test_import_reimport_and_old_addresses(school_a, school_b, imported, tmp_path, portal_client):
    """One import (a few seconds) checked from every side: content, report, re-run, 301s, isolation."""
    rows = report_rows(imported["report"])
    assert rows[0][:4] == ("Bảng NukeViet", "Mã", "Tiêu đề", "Kết quả")
    outcome = {(row[0], row[1]): (row[3], row[5] or "") for row in rows[1:]}
    # Every source row is in the report: 2 categories, 5 articles, 4 laws, 2 pages, 1 download.
    assert len(outcome) == 14
    assert outcome[("news_rows", 4)][0] == "Bỏ qua" and "_detail" in outcome[("news_rows", 4)][1]
    assert outcome[("laws_row", 3)][0] == "Bỏ qua"
    assert outcome[("laws_row", 4)][0] == "Bỏ qua" and "khong-co.pdf" in outcome[("laws_row", 4)][1]
    assert outcome[("download", 1)] == ("Bỏ qua", "Mô-đun này chưa được hỗ trợ nhập.")
    with tenant_context(school_a):
        article = NewsArticlePage.objects.get(slug="le-khai-giang-nam-hoc-2024-2025")
        assert article.live and article.author == "Nguyễn Văn An" and article.source == "Báo Bình Dương"
        assert article.source_url == "https://baobinhduong.vn"
        assert article.category.name == "Tin tức nhà trường"
        assert article.summary == "Sáng 5/9, trường tổ chức lễ khai giảng ."
        assert article.first_published_at.isoformat().startswith("2024-09-05T00:00")  # 07:00 in Hà Nội, stored UTC
        assert article.date.isoformat() == "2024-09-05"
        assert article.featured_image is not None
        kinds = [block.block_type for block in article.body]
        assert kinds.count("image") == 1 and kinds[-1] == "document" and "table" not in kinds
        html = "".join(str(block.value.source) for block in article.body if block.block_type == "paragraph")
        assert "alert" not in html and "<script" not in html
        assert 'href="/news/hoat-dong-chuyen-mon/hoi-thao-doi-moi-phuong-phap-day-hoc-2.html"' in html
        assert 'linktype="document"' in html  # the body's link to the PDF became a Wagtail document
        nfd = NewsArticlePage.objects.get(slug="hoi-thao-doi-moi-phuong-phap-day-hoc")
        assert nfd.title == unicodedata.normalize("NFC", "Hội thảo đổi mới phương pháp dạy học")
        assert any(block.block_type == "table" for block in nfd.body)  # broken HTML still gives its table
        legacy = NewsArticlePage.objects.get(slug="thong-bao-lich-thi")
        assert legacy.title == "Thông báo lịch thi học kỳ"
        assert not NewsArticlePage.objects.get(slug="ban-nhap").live
        first = LegalDocumentPage.objects.get(number="15/QĐ-THCSNVX")
        assert first.signer == "Hiệu trưởng Lê Văn Cường" and first.issue_date.isoformat() == "2023-09-10"
        assert first.attachments.count() == 2 and first.document_type == "quyet-dinh"
        assert first.field == "giao-duc-trung-hoc"
        second = LegalDocumentPage.objects.get(number="20/QĐ-THCSNVX")
        relation = second.relations.get()
        assert relation.relation_type == RelationType.REPLACES and relation.target_page_id == first.pk
    assert counts(school_b) == imported["before_b"]  # isolation: the other school is untouched

    # Re-running imports nothing twice: every mapped row is reported as already there.
    before = counts(school_a)
    output, report = run_import(school_a, tmp_path)
    assert counts(school_a) == before
    outcomes = [row[3] for row in report_rows(report)[1:]]
    assert outcomes.count("Đã có từ lần nhập trước") == before[3] == 10

    # Old addresses answer 301 to the new pages, in this school only.
    client = portal_client(school_a)
    with tenant_context(school_a):
        article = NewsArticlePage.objects.get(slug="le-khai-giang-nam-hoc-2024-2025")
        document = LegalDocumentPage.objects.get(number="15/QĐ-THCSNVX")
        article_url, document_url = article.url, document.url
    for old, new in (
        ("/news/tin-tuc-nha-truong/le-khai-giang-nam-hoc-2024-2025-1.html", article_url),
        ("/tin-tuc/hoat-dong-chuyen-mon/le-khai-giang-nam-hoc-2024-2025-1.html", article_url),
        ("/laws/detail/qd-ban-bien-tap-1/", document_url),
    ):
        response = client.get(old)
        assert response.status_code == 301 and response["Location"] == new, old
    assert client.get("/page/lien-he.html").status_code == 301
    assert client.get("/news/tin-tuc-nha-truong/khong-co-999.html").status_code == 404
    assert (
        portal_client(school_b).get("/news/tin-tuc-nha-truong/le-khai-giang-nam-hoc-2024-2025-1.html").status_code
        == 404
    )


def test_dry_run_writes_nothing(school_a, tmp_path):
    before = counts(school_a)
    output, report = run_import(school_a, tmp_path, "--dry-run")
    assert counts(school_a) == before
    outcomes = [row[3] for row in report_rows(report)[1:]]
    assert outcomes.count("Sẽ nhập") >= 9 and "Đã nhập" not in outcomes


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<html><body>Not a dump</body></html>", "không phải bản sao lưu SQL"),
        (None, "bị cắt cụt"),
    ],
)
def test_bad_dump_gives_a_clear_error_and_imports_nothing(school_a, tmp_path, content, message):
    dump = tmp_path / "bad.sql"
    if content is None:
        data = (FIXTURES / "site.sql").read_bytes()
        content = data[: data.index(b"INSERT INTO `nv4_vi_news_rows`") + 200]
    dump.write_bytes(content)
    before = counts(school_a)
    with pytest.raises(CommandError, match=message):
        run_import(school_a, tmp_path, dump=dump)
    assert counts(school_a) == before


def test_uploads_path_cannot_escape_the_folder(tmp_path):
    from nukeviet_import.uploads import Uploads

    shutil.copytree(FIXTURES / "uploads", tmp_path / "uploads")
    (tmp_path / "secret.txt").write_text("x")
    uploads = Uploads(tmp_path / "uploads")
    assert uploads.relative("/uploads/../secret.txt") is None
    assert uploads.read("../secret.txt") is None
    assert uploads.read("news/2024_09/hoc-sinh.png")
