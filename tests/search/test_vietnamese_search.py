"""A Vietnamese corpus: queries without diacritics, in NFD, in upper case and exact, with expected top hits."""

import unicodedata

import pytest
from django_tenants.utils import tenant_context

from portal.search.indexing import rebuild_portal
from portal.search.service import run_search
from tests.search.conftest import add_page, committed_corpus, container

CORPUS = [
    (
        "Thủ tục chuyển trường đối với học sinh trung học cơ sở",
        "Hồ sơ gồm đơn đề nghị chuyển trường, học bạ và giấy giới thiệu của trường nơi đi.",
    ),
    ("Trang bị bàn ghế mới cho các lớp học", "Nhà trường nhận 120 bộ bàn ghế đúng quy cách."),
    ("Ban đại diện cha mẹ học sinh họp đầu năm", "Bầu ban đại diện và thống nhất kế hoạch năm học."),
    ("Bạn đọc nhỏ tuổi của thư viện trường", "Thư viện thân thiện đón các bạn đọc lớp 1."),
    ("Bán trú: đăng ký suất ăn cho học sinh", "Phụ huynh đăng ký bán trú tại văn phòng."),
    ("Lễ khai giảng năm học 2025-2026", "Toàn trường dự lễ khai giảng, đánh trống khai trường."),
    ("Giáo dục hoà nhập cho trẻ khuyết tật", "Kế hoạch giáo dục hoà nhập theo hướng dẫn của Phòng GD&ĐT."),
    ("Đường đến trường an toàn", "Tuyên truyền an toàn giao thông trên đường đến trường."),
    ("Kế hoạch phòng chống dịch bệnh mùa mưa", "Vệ sinh lớp học, phun thuốc diệt muỗi."),
    ("Quy định về đồng phục học sinh", "Học sinh mặc đồng phục từ thứ Hai đến thứ Sáu."),
]


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory):
    return tmp_path_factory.mktemp("search")


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker, corpus_root):
    with committed_corpus("thcschuvanantdm", CORPUS, corpus_root, django_db_blocker) as portal:
        yield portal


@pytest.fixture(autouse=True)
def search_root(settings, corpus_root):
    """Overrides the per-test folder: these tests share the index built once for the module."""
    settings.SEARCH_ROOT = corpus_root
    return corpus_root


@pytest.fixture
def indexed(corpus, db):
    return corpus


def titles(portal, query, **kwargs):
    outcome = run_search(portal, query, **kwargs)
    assert outcome.engine == "whoosh"
    return [hit.title_html.replace("<mark>", "").replace("</mark>", "") for hit in outcome.hits]


@pytest.mark.parametrize(
    "query",
    [
        "thu tuc bieu mau",
        "THỦ TỤC BIỂU MẪU",
        "Thủ tục - Biểu mẫu",
        unicodedata.normalize("NFD", "thủ tục biểu mẫu"),
        "Thu Tuc Bieu Mau",
    ],
)
def test_every_spelling_finds_the_procedures_section_first(indexed, query):
    assert titles(indexed, query)[0] == "Thủ tục - Biểu mẫu"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("thu tuc chuyen truong", "Thủ tục chuyển trường đối với học sinh trung học cơ sở"),
        ("THỦ TỤC CHUYỂN TRƯỜNG", "Thủ tục chuyển trường đối với học sinh trung học cơ sở"),
        (unicodedata.normalize("NFD", "Lễ khai giảng"), "Lễ khai giảng năm học 2025-2026"),
        ("le khai giang", "Lễ khai giảng năm học 2025-2026"),
        ("duong den truong", "Đường đến trường an toàn"),
        ("ĐƯỜNG ĐẾN TRƯỜNG", "Đường đến trường an toàn"),
        ("dong phuc", "Quy định về đồng phục học sinh"),
        ("phong chong dich", "Kế hoạch phòng chống dịch bệnh mùa mưa"),
    ],
)
def test_queries_without_diacritics_nfd_and_upper_case(indexed, query, expected):
    assert titles(indexed, query)[0] == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bàn ghế", "Trang bị bàn ghế mới cho các lớp học"),
        ("bán", "Bán trú: đăng ký suất ăn cho học sinh"),
        ("bạn", "Bạn đọc nhỏ tuổi của thư viện trường"),
        ("ban đại diện", "Ban đại diện cha mẹ học sinh họp đầu năm"),
    ],
)
def test_exact_diacritics_rank_first(indexed, query, expected):
    found = titles(indexed, query)
    assert found[0] == expected
    if query in ("bán", "bạn"):  # the folded form still finds every "ban" word, below the exact one
        assert len(found) >= 4


def test_both_tone_placements_find_each_other(indexed):
    # The page writes "hoà" (old placement); visitors type "hòa" (new placement) or no diacritics.
    for query in ("hòa nhập", "hoà nhập", "hoa nhap", "HÒA NHẬP"):
        assert titles(indexed, query)[0] == "Giáo dục hoà nhập cho trẻ khuyết tật"


def test_every_word_must_match(indexed):
    assert titles(indexed, "khai giang dong phuc") == []


def test_snippets_mark_folded_matches_in_the_original_text(indexed):
    outcome = run_search(indexed, "ho so hoc ba")
    hit = outcome.hits[0]
    assert "<mark>Hồ</mark> <mark>sơ</mark>" in hit.snippet_html
    assert "<mark>học</mark> <mark>bạ</mark>" in hit.snippet_html


def test_highlighting_escapes_html(school_a, settings, tmp_path):
    settings.SEARCH_ROOT = tmp_path
    with tenant_context(school_a):
        add_page(container(), "Tin <script>alert(1)</script> khẩn", "Nội dung &lt;b&gt; khẩn cấp")
    rebuild_portal(school_a)
    hit = run_search(school_a, "khan").hits[0]
    assert "<script>" not in hit.title_html and "&lt;script&gt;" in hit.title_html
    assert "<mark>khẩn</mark>" in hit.title_html
