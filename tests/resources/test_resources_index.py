"""The resource index: rendering, filters, text query without diacritics, pagination, school isolation."""

import re

from django_tenants.utils import tenant_context

from portal.resources.models import ResourceIndexPage


def titles(html):
    """Titles of the portal's own resources listed on the index (not the shared library)."""
    own = html.split('id="tai-nguyen-don-vi"', 1)[1].split("</section>", 1)[0]
    return re.findall(r'<a href="/tai-nguyen-so/[^"]+/">([^<]+)</a>', own)


def fill(add_resource):
    add_resource("Bài giảng e-learning Toán 6 – Phân số", "toan-6-phan-so", resource_type="e_learning")
    add_resource(
        "Sách điện tử Tiếng Anh 7", "tieng-anh-7", resource_type="sach_dien_tu", subject="tieng_anh", grade="lop_7"
    )
    add_resource(
        "Phần mềm GeoGebra",
        "geogebra",
        resource_type="phan_mem",
        subject="toan",
        grade="nhieu_lop",
        description="Vẽ đồ thị, hình học động; chạy trên trình duyệt.",
    )
    add_resource("Học liệu Lịch sử và Địa lí 6 – Thủy quyển", "lich-su-dia-li-6", subject="lich_su_dia_li")
    add_resource("Truyện tranh Hoà bình cho bé", "hoa-binh", subject="mn_ngon_ngu", grade="mg_5_6")


def test_index_and_resource_pages_render(school_a, portal_client, add_resource, make_document):
    with tenant_context(school_a):
        fill(add_resource)
        document = make_document("Phiếu học tập Phân số", "phieu-hoc-tap.pdf")
        add_resource(
            "Phiếu học tập Toán 6", "phieu-toan-6", document=document, author="Tổ Toán – Tin", licence="CC BY 4.0"
        )
    client = portal_client(school_a)
    html = client.get("/tai-nguyen-so/").content.decode()
    assert "<h1>Tài nguyên số</h1>" in html and "css/resources.css" in html
    assert len(titles(html)) == 6
    assert "Bài giảng e-learning · Toán · Lớp 6" in html
    assert '<label for="loc-subject">Môn học / lĩnh vực</label>' in html and '<optgroup label="Mầm non">' in html
    assert 'href="https://igiaoduc.vn/"' in html and 'href="https://hanhtrangso.nxbgd.vn/"' in html
    page = client.get("/tai-nguyen-so/phieu-toan-6/").content.decode()
    assert "Tải về “Phiếu học tập Phân số”" in page and f"/documents/{document.pk}/phieu-hoc-tap.pdf" in page
    assert "<dd>Tổ Toán – Tin</dd>" in page and "<dd>CC BY 4.0</dd>" in page
    link = client.get("/tai-nguyen-so/geogebra/").content.decode()
    assert 'href="https://www.geogebra.org/classic" target="_blank" rel="noopener noreferrer external"' in link
    assert client.get(f"/documents/{document.pk}/phieu-hoc-tap.pdf").status_code == 200


def test_filters_by_type_subject_grade(school_a, portal_client, add_resource):
    with tenant_context(school_a):
        fill(add_resource)
    client = portal_client(school_a)
    assert titles(client.get("/tai-nguyen-so/?type=phan_mem").content.decode()) == ["Phần mềm GeoGebra"]
    assert sorted(titles(client.get("/tai-nguyen-so/?subject=toan").content.decode())) == [
        "Bài giảng e-learning Toán 6 – Phân số",
        "Phần mềm GeoGebra",
    ]
    assert titles(client.get("/tai-nguyen-so/?subject=toan&grade=lop_6").content.decode()) == [
        "Bài giảng e-learning Toán 6 – Phân số"
    ]
    html = client.get("/tai-nguyen-so/?grade=mg_5_6").content.decode()
    assert titles(html) == ["Truyện tranh Hoà bình cho bé"] and "(1 kết quả)" in html
    empty = client.get("/tai-nguyen-so/?type=phan_mem&grade=lop_7").content.decode()
    assert titles(empty) == [] and "Không có tài nguyên nào phù hợp" in empty
    # Unknown values are ignored rather than failing.
    response = client.get("/tai-nguyen-so/?subject=thien-van&grade=lop_99&page=x")
    assert response.status_code == 200 and len(titles(response.content.decode())) == 5


def test_text_query_ignores_diacritics_and_accent_placement(school_a, portal_client, add_resource):
    with tenant_context(school_a):
        fill(add_resource)
    client = portal_client(school_a)
    assert titles(client.get("/tai-nguyen-so/?q=toan+6").content.decode()) == ["Bài giảng e-learning Toán 6 – Phân số"]
    assert titles(client.get("/tai-nguyen-so/?q=THUY+QUYEN").content.decode()) == [
        "Học liệu Lịch sử và Địa lí 6 – Thủy quyển"
    ]
    # "hoà" and "hòa" (two accent placements) both find "Hoà bình".
    assert titles(client.get("/tai-nguyen-so/?q=h%C3%B2a+b%C3%ACnh").content.decode()) == [
        "Truyện tranh Hoà bình cho bé"
    ]
    assert titles(client.get("/tai-nguyen-so/?q=do+thi").content.decode()) == ["Phần mềm GeoGebra"]
    assert titles(client.get("/tai-nguyen-so/?q=sach+dien+tu").content.decode()) == ["Sách điện tử Tiếng Anh 7"]


def test_index_is_paginated(school_a, portal_client, add_resource):
    with tenant_context(school_a):
        for number in range(1, 15):
            add_resource(f"Học liệu số {number:02d}", f"hoc-lieu-{number}")
    client = portal_client(school_a)
    first = client.get("/tai-nguyen-so/?subject=toan").content.decode()
    assert len(titles(first)) == 12 and "Trang 1/2" in first
    assert 'href="?subject=toan&amp;page=2"' in first
    assert len(titles(client.get("/tai-nguyen-so/?subject=toan&page=2").content.decode())) == 2


def test_own_resources_of_a_school_stay_at_that_school(
    school_a, school_b, portal_client, add_resource, django_capture_on_commit_callbacks
):
    from tenants.models import PublishedItem

    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        add_resource("Đề cương ôn tập Toán 9 của Chu Văn An", "de-cuong-toan-9", grade="lop_9")
    a, b = portal_client(school_a), portal_client(school_b)
    assert "Đề cương ôn tập Toán 9 của Chu Văn An" in a.get("/tai-nguyen-so/").content.decode()
    assert "Chu Văn An" not in b.get("/tai-nguyen-so/").content.decode()
    assert b.get("/tai-nguyen-so/de-cuong-toan-9/").status_code == 404
    assert not PublishedItem.objects.filter(kind="resource", portal=school_a).exists()


def test_index_limits_children_and_has_default_links(school_b):
    with tenant_context(school_b):
        index = ResourceIndexPage.objects.get()
        assert index.section_key == "tai-nguyen"
        assert index.ministry_library_url == "https://igiaoduc.vn/"
        assert ResourceIndexPage.subpage_types == ["resources.ResourcePage"]
