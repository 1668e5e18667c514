"""The public candidate table: search without diacritics, pagination, and only the data that may be public."""

from django_tenants.utils import tenant_context

from portal.enrollment.importing import import_candidates

NAMES = ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Đức", "Phạm Thị Thủy", "Võ Minh Hòa", "Đặng Quốc Bảo"]


def fill(portal, notice, files, names=NAMES, extra_rows=0):
    rows = [
        [n + 1, name, f"{(n % 27) + 1:02d}/03/2014", "Nam" if n % 2 else "Nữ", "TH Phú Hòa 1", "Trúng tuyển"]
        for n, name in enumerate(names)
    ]
    rows += [
        [len(rows) + k + 1, f"Bùi Thanh Tâm {chr(65 + k % 26)}", "01/01/2014", "Nam", "", ""] for k in range(extra_rows)
    ]
    header = [*files.header[:5], "Kết quả", "Số điện thoại"]
    rows = [[*row, "0908 765 432"] for row in rows]
    with tenant_context(portal):
        import_candidates(notice, files.csv([header, *rows]), "ds.csv")


def test_search_ignores_diacritics_case_word_order_and_accent_placement(school_a, make_notice, files, portal_client):
    notice = make_notice(school_a)
    fill(school_a, notice, files)
    client = portal_client(school_a)

    def found(query):
        html = client.get("/tuyen-sinh/thong-bao-lop-6/", {"q": query}).content.decode()
        table = html.split("<tbody>", 1)[1].split("</tbody>", 1)[0] if "<tbody>" in html else ""
        return [name for name in NAMES if name in table]

    assert found("nguyen van an") == ["Nguyễn Văn An"]
    assert found("DUC") == ["Lê Hoàng Đức"]
    assert found("thuy") == found("Thuỷ") == found("thủy") == ["Phạm Thị Thủy"]
    assert found("minh hoà") == ["Võ Minh Hòa"]  # old-style accent placement finds the new one
    assert found("hoa") == ["Lê Hoàng Đức", "Võ Minh Hòa"]  # words match from their start
    assert found("an") == ["Nguyễn Văn An"]  # not the “an” inside “Hoàng” or “Văn”
    assert found("an nguyen") == ["Nguyễn Văn An"]
    assert found("3") == ["Lê Hoàng Đức"]  # STT
    assert found("khong co ai") == []
    nothing = client.get("/tuyen-sinh/thong-bao-lop-6/", {"q": "xyz"}).content.decode()
    assert "Không tìm thấy thí sinh phù hợp." in nothing


def test_public_table_shows_only_name_birth_date_and_result(school_a, make_notice, files, portal_client):
    notice = make_notice(school_a)
    fill(school_a, notice, files)
    html = portal_client(school_a).get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    assert "Danh sách dự tuyển (6)" in html
    assert '<th scope="row">Nguyễn Văn An</th><td>03/2014</td><td>Trúng tuyển</td>' in html  # month/year only
    assert "01/03/2014" not in html
    assert "0908" not in html and "TH Phú Hòa 1" not in html  # phone never stored, previous school not public
    with tenant_context(school_a):
        notice.personal_display = "ten_nam"
        notice.save_revision().publish()
    html = portal_client(school_a).get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    assert '<th scope="col">Năm sinh</th>' in html and "01/03/2014" not in html
    with tenant_context(school_a):
        notice.show_candidates = False
        notice.save_revision().publish()
    html = portal_client(school_a).get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    assert "Nguyễn Văn An" not in html


def test_pagination_keeps_the_query(school_a, make_notice, files, portal_client):
    notice = make_notice(school_a)
    fill(school_a, notice, files, extra_rows=120)
    client = portal_client(school_a)
    first = client.get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    assert "Trang 1/3" in first and 'href="?trang=2#danh-sach"' in first
    third = client.get("/tuyen-sinh/thong-bao-lop-6/", {"trang": "3"}).content.decode()
    assert third.count("<tr><td>") == 126 - 100
    searched = client.get("/tuyen-sinh/thong-bao-lop-6/", {"q": "bui thanh tam"}).content.decode()
    assert "120 kết quả" in searched and 'href="?q=bui%20thanh%20tam&amp;trang=2#danh-sach"' in searched
    assert client.get("/tuyen-sinh/thong-bao-lop-6/", {"trang": "999"}).status_code == 200
