"""The public list: filters combined with a query typed without diacritics, order, pagination, phone layout."""

import re

from django_tenants.utils import tenant_context
from documents_helpers import add_document, day, docx_bytes, pdf_bytes

from documents import listing
from documents.models import IssuingBody, RelationType


def numbers(html):
    return re.findall(r'<span class="doc-number">([^<]+)</span>', html)


def register(portal):
    with tenant_context(portal):
        ministry = IssuingBody.objects.get(name="Bộ Giáo dục và Đào tạo")
        old = add_document(
            "36/2017/TT-BGDĐT",
            "Ban hành Quy chế thực hiện công khai",
            day("28/12/2017"),
            issuer=ministry,
            field="cong-khai-kiem-dinh",
            effective_date=day("15/02/2018"),
        )
        add_document(
            "09/2024/TT-BGDĐT",
            "Quy định về công khai trong hoạt động của các cơ sở giáo dục",
            day("03/06/2024"),
            field="cong-khai-kiem-dinh",
            effective_date=day("19/07/2024"),
            relations=[(RelationType.REPLACES, old)],
        )
        add_document(
            "37/2020/TT-BGDĐT",
            "Tổ chức hoạt động, sử dụng thư điện tử và cổng thông tin điện tử",
            day("05/10/2020"),
            field="cong-nghe-thong-tin",
            files=[("tt37.pdf", pdf_bytes(["Điều 9. Cổng thông tin điện tử của cơ sở giáo dục"]))],
        )
        add_document(
            "15/KH-THCSCVA",
            "Kế hoạch chuyển đổi số năm học 2024-2025",
            day("12/09/2024"),
            field="cong-nghe-thong-tin",
            files=[("kh.docx", docx_bytes("Triển khai học bạ số, thủ tục trực tuyến"))],
        )
        add_document("16/TB-THCSCVA", "Thông báo lịch họp phụ huynh", day("20/09/2024"), field="cong-tac-chung")


def test_filters_combine_with_a_query_without_diacritics(school_a, portal_client):
    register(school_a)
    client = portal_client(school_a)
    html = client.get("/van-ban/").content.decode()
    assert numbers(html) == [
        "16/TB-THCSCVA",
        "15/KH-THCSCVA",
        "09/2024/TT-BGDĐT",
        "37/2020/TT-BGDĐT",
        "36/2017/TT-BGDĐT",
    ]  # newest first
    assert numbers(client.get("/van-ban/?q=cong+khai").content.decode()) == ["09/2024/TT-BGDĐT", "36/2017/TT-BGDĐT"]
    assert numbers(client.get("/van-ban/?q=cong+khai&hieu_luc=bi-thay-the").content.decode()) == ["36/2017/TT-BGDĐT"]
    assert numbers(client.get("/van-ban/?q=cong+khai&hieu_luc=con-hieu-luc&nam=2024").content.decode()) == [
        "09/2024/TT-BGDĐT"
    ]
    assert numbers(client.get("/van-ban/?loai=thong-tu&linh_vuc=cong-nghe-thong-tin").content.decode()) == [
        "37/2020/TT-BGDĐT"
    ]
    assert numbers(client.get("/van-ban/?co_quan=bo-giao-duc-va-dao-tao&q=thu+dien+tu").content.decode()) == [
        "37/2020/TT-BGDĐT"
    ]
    # words inside the attached files count, typed without marks
    assert numbers(client.get("/van-ban/?q=hoc+ba+so").content.decode()) == ["15/KH-THCSCVA"]
    assert numbers(client.get("/van-ban/?q=DIEU+9+co+so+giao+duc").content.decode()) == ["37/2020/TT-BGDĐT"]
    # by number, however it is typed
    assert numbers(client.get("/van-ban/?q=36/2017/TT-BGDDT").content.decode()) == ["36/2017/TT-BGDĐT"]
    empty = client.get("/van-ban/?q=cong+khai&linh_vuc=tuyen-sinh").content.decode()
    assert numbers(empty) == [] and "Không có văn bản phù hợp" in empty
    # a stale or forged value is ignored, never a server error
    assert client.get("/van-ban/?nam=abc&hieu_luc=xyz&trang=99").status_code == 200


def test_list_has_working_filter_form_and_pagination(school_a, portal_client, monkeypatch):
    register(school_a)
    monkeypatch.setattr(listing, "PER_PAGE", 2)
    client = portal_client(school_a)
    first = client.get("/van-ban/?q=thong").content.decode()
    assert "Trang 1/2" in first and 'href="?q=thong&amp;trang=2"' in first
    second = client.get("/van-ban/?q=thong&trang=2").content.decode()
    assert "Trang 2/2" in second
    assert set(numbers(first)).isdisjoint(numbers(second))
    assert 'name="viewport"' in first and "css/documents.css" in first
    for label in ("Hình thức", "Cơ quan ban hành", "Lĩnh vực", "Năm ban hành", "Hiệu lực"):
        assert f">{label}</label>" in first
    assert 'href="/van-ban/xuat-excel/?q=thong"' in first
    assert "Văn bản của Phòng GD&amp;ĐT" in first  # a school has the district tab


def test_district_list_has_no_district_tab(district, portal_client):
    html = portal_client(district).get("/van-ban/").content.decode()
    assert "Văn bản của Phòng GD&amp;ĐT" not in html and "doc-filters" in html
