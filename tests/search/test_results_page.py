"""The /tim-kiem/ page: hits, highlighting, facets, pagination, help, isolation, all-schools search."""

import re

import pytest
from django.test import Client

from tests.search.conftest import committed_corpus

SCHOOL_A_PAGES = [
    (f"Olympic học kỳ I môn {subject}", "Học sinh có mặt lúc 7 giờ tại phòng thi.")
    for subject in (
        "Toán",
        "Ngữ văn",
        "Tiếng Anh",
        "Vật lý",
        "Hóa học",
        "Sinh học",
        "Lịch sử",
        "Địa lý",
        "Tin học",
        "Công nghệ",
        "Giáo dục công dân",
        "Âm nhạc",
    )
]
SCHOOL_A_PAGES += [("Bí mật của lớp 9A Chu Văn An", "Chỉ trường Chu Văn An có trang này.")]
SCHOOL_B_PAGES = [
    ("Olympic bé khỏe bé ngoan Hoa Sen", "Các bé lớp lá thi bé khỏe."),
    ("Thực đơn bán trú tuần 3", "Cháo thịt bằm, canh bí đỏ."),
]


@pytest.fixture(scope="module")
def corpus_root(tmp_path_factory):
    return tmp_path_factory.mktemp("search")


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker, corpus_root):
    with (
        committed_corpus("thcschuvanantdm", SCHOOL_A_PAGES, corpus_root, django_db_blocker),
        committed_corpus("mnhoasentdm", SCHOOL_B_PAGES, corpus_root, django_db_blocker),
        committed_corpus("tptdm", [("Olympic giáo viên dạy giỏi cấp thành phố", "")], corpus_root, django_db_blocker),
    ):
        yield


@pytest.fixture(autouse=True)
def search_root(settings, corpus_root, corpus):
    settings.SEARCH_ROOT = corpus_root
    return corpus_root


def get(client, **params):
    response = client.get("/tim-kiem/", params)
    assert response.status_code == 200
    return response.content.decode()


def hit_titles(html):
    return [
        re.sub(r"</?mark>", "", title) for title in re.findall(r'class="search-hit-title" href="[^"]*">(.*?)</a>', html)
    ]


def test_results_page_highlights_keeps_the_query_and_paginates(school_a, portal_client):
    client = portal_client(school_a)
    html = get(client, q="olympic hoc ky")
    assert 'value="olympic hoc ky"' in html  # the query stays in the search boxes
    assert "Tìm thấy <strong>12</strong> kết quả" in html
    assert len(hit_titles(html)) == 10
    assert "<mark>Olympic</mark> <mark>học</mark> <mark>kỳ</mark>" in html
    assert 'href="?q=olympic+hoc+ky&amp;trang=2"' in html
    page2 = get(client, q="olympic hoc ky", trang="2")
    assert len(hit_titles(page2)) == 2 and 'rel="prev"' in page2
    assert not set(hit_titles(page2)) & set(hit_titles(html))
    assert len(hit_titles(get(client, q="olympic hoc ky", trang="99"))) == 2  # clamped to the last page


def test_facets_link_to_filters(school_a, portal_client):
    client = portal_client(school_a)
    html = get(client, q="olympic")
    year = re.search(r'href="\?q=olympic&amp;nam=(\d{4})"', html).group(1)
    kind = re.search(r'href="\?q=olympic&amp;loai=([a-z_.]+)"', html).group(1)
    assert kind == "core.sectionpage" and 'Chuyên mục <span class="count">(12)</span>' in html
    filtered = get(client, q="olympic", loai=kind, nam=year)
    assert "Bỏ lọc loại: Chuyên mục" in filtered and f"Bỏ lọc năm: {year}" in filtered
    assert len(hit_titles(get(client, q="olympic", nam="1999"))) == 0
    assert "Không tìm thấy" in get(client, q="olympic", loai="news.newsarticlepage")
    assert len(hit_titles(get(client, q="olympic", loai="<script>", nam="abc"))) == 10  # ignored


def test_no_results_help_in_vietnamese(school_a, portal_client):
    html = get(portal_client(school_a), q="xyzzy qwzx khong")
    assert "Không tìm thấy kết quả nào cho “xyzzy qwzx khong”" in html
    assert "gõ <strong>không dấu</strong>" in html and "<strong>ít từ hơn</strong>" in html
    assert "Tìm trong tất cả các trường" not in html  # only the district offers it


def test_empty_and_hostile_queries(school_a, portal_client):
    client = portal_client(school_a)
    assert "Nhập từ khóa" in get(client)
    assert "Không tìm thấy" in get(client, q="*:* OR AND (")
    html = get(client, q='"><script>alert(1)</script>')
    assert "<script>alert(1)</script>" not in html
    assert get(client, q="a" * 5000)  # long input is cut, not an error


def test_a_school_never_sees_another_schools_content(school_a, school_b, portal_client):
    assert hit_titles(get(portal_client(school_b), q="bi mat lop 9a")) == []
    assert hit_titles(get(portal_client(school_a), q="bi mat lop 9a")) == ["Bí mật của lớp 9A Chu Văn An"]
    # "trú" is in no page of school A: its words-most-matched fallback may answer, never with B's page.
    assert "Thực đơn bán trú tuần 3" not in hit_titles(get(portal_client(school_a), q="thuc don ban tru"))
    b_titles = hit_titles(get(portal_client(school_b), q="olympic"))
    assert b_titles == ["Olympic bé khỏe bé ngoan Hoa Sen"]
    # Even asking for "all schools" at a school searches that school only.
    assert hit_titles(get(portal_client(school_b), q="olympic", tat_ca="1")) == b_titles


def test_district_searches_all_schools_with_labels_and_school_links(district, portal_client):
    client = portal_client(district)
    own = get(client, q="olympic")
    assert hit_titles(own) == ["Olympic giáo viên dạy giỏi cấp thành phố"]
    assert "Tìm trong tất cả các trường" in own
    every = get(client, q="olympic", tat_ca="1")
    titles = hit_titles(every) + hit_titles(get(client, q="olympic", tat_ca="1", trang="2"))
    assert len(titles) == 14
    assert "Olympic bé khỏe bé ngoan Hoa Sen" in titles and "Olympic giáo viên dạy giỏi cấp thành phố" in titles
    assert "Tìm thấy <strong>14</strong> kết quả" in every
    hoa_sen = get(client, q="olympic be khoe", tat_ca="1")
    assert '<span class="school-label">Trường Mầm non Hoa Sen</span>' in hoa_sen
    assert re.search(r'href="http://mnhoasentdm\.edu\.vn/kho-thu-[0-9-]+/olympic-be-khoe', hoa_sen)
    assert '<span class="school-label">Trường THCS Chu Văn An</span>' in every
    assert 'href="?q=olympic&amp;tat_ca=1&amp;trang=2"' in every


def test_all_schools_links_use_dev_hosts_when_browsing_locally(district, corpus):
    html = get(Client(HTTP_HOST="tptdm.localhost:8000"), q="be khoe be ngoan", tat_ca="1")
    assert re.search(r'href="http://mnhoasentdm\.localhost:8000/kho-thu-[0-9-]+/', html)
