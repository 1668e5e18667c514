"""Every article page type is created through the Wagtail admin of a school, with Vietnamese errors."""

import datetime

from django_tenants.utils import tenant_context
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from portal.articles.models import (
    AccreditationIndexPage,
    AccreditationPage,
    LegalEducationArticlePage,
    LegalEducationIndexPage,
    UniversalEducationIndexPage,
    UniversalEducationPage,
)
from portal.core.models import HomePage


def index_of(portal, model):
    with tenant_context(portal):
        return model.objects.get()


def post_page(client, model, parent, data):
    url = f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
    return client.post(url, nested_form_data({**data, "action-publish": "action-publish"}))


def body(text):
    return streamfield([("heading", "Nội dung chính"), ("paragraph", rich_text(f"<p>{text}</p>"))])


def test_add_page_offers_only_the_sections_article_type(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, LegalEducationIndexPage)
    html = client.get(f"/admin/pages/{index.pk}/add_subpage/", follow=True).content.decode()
    assert "bài tuyên truyền pháp luật" in html.lower()
    assert "kết quả kiểm định chất lượng" not in html.lower()
    # An article type cannot be added under another section.
    response = client.get(f"/admin/pages/add/articles/accreditationpage/{index.pk}/")
    assert response.status_code in (302, 403)


def test_create_legal_education_article(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, LegalEducationIndexPage)
    response = post_page(
        client,
        LegalEducationArticlePage,
        index,
        {
            "title": "Phổ biến Luật An ninh mạng 2018",
            "slug": "pho-bien-luat-an-ninh-mang",
            "date": "15/03/2025",
            "summary": "Những điều học sinh cần biết khi sử dụng mạng xã hội.",
            "topic": "luat",
            "document_title": "Luật An ninh mạng",
            "document_number": "24/2018/qh14",
            "document_date": "12/06/2018",
            "body": body("Luật An ninh mạng có hiệu lực từ ngày 01/01/2019."),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = LegalEducationArticlePage.objects.get(slug="pho-bien-luat-an-ninh-mang")
        assert page.live
        assert page.document_number == "24/2018/QH14"
        assert page.date == datetime.date(2025, 3, 15)
        assert "hiệu lực từ ngày 01/01/2019" in page.get_search_text()


def test_create_accreditation_page(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, AccreditationIndexPage)
    response = post_page(
        client,
        AccreditationPage,
        index,
        {
            "title": "Kết quả đánh giá ngoài năm 2024",
            "slug": "danh-gia-ngoai-2024",
            "date": "20/12/2024",
            "summary": "",
            "assessment_year": "2024",
            "cycle": "2020 – 2025",
            "self_assessment_date": "15/05/2024",
            "external_assessment_date": "10/10/2024",
            "accreditation_level": "2",
            "standard_level": "1",
            "decision_number": "1234/QĐ-SGDĐT",
            "decision_date": "05/12/2024",
            "issuing_body": "Sở Giáo dục và Đào tạo tỉnh Bình Dương",
            "valid_until": "05/12/2029",
            "body": body("Trường đạt kiểm định chất lượng giáo dục cấp độ 2."),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = AccreditationPage.objects.get(slug="danh-gia-ngoai-2024")
        assert page.cycle == "2020-2025"
        assert page.accreditation_level == 2


def test_create_universal_education_page(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, UniversalEducationIndexPage)
    response = post_page(
        client,
        UniversalEducationPage,
        index,
        {
            "title": "Phổ cập giáo dục mầm non cho trẻ 5 tuổi năm 2025",
            "slug": "pho-cap-mam-non-2025",
            "date": "10/11/2025",
            "summary": "",
            "year": "2025",
            "achievement": "gdmn5",
            "area": "phường Phú Hòa",
            "population": "412",
            "achieved": "410",
            "decision_number": "512/QĐ-UBND",
            "decision_date": "05/11/2025",
            "issuing_body": "Ủy ban nhân dân thành phố Thủ Dầu Một",
            "body": body("Tỷ lệ trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non đạt 99,5%."),
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    with tenant_context(school_a):
        page = UniversalEducationPage.objects.get(slug="pho-cap-mam-non-2025")
        assert page.rate == 99.5


def test_create_every_index_page_type(school_a, superuser_client):
    """The mandated index pages are scaffolded; an administrator can also recreate one in the admin."""
    client = superuser_client(school_a)
    with tenant_context(school_a):
        home = HomePage.objects.get()
    for model in (LegalEducationIndexPage, AccreditationIndexPage, UniversalEducationIndexPage):
        with tenant_context(school_a):
            Page.objects.get(pk=model.objects.get().pk).delete()  # the admin refuses: mandated section
        response = post_page(
            client,
            model,
            home,
            {
                "title": f"Chuyên mục {model._meta.verbose_name}",
                "slug": f"moi-{model._meta.model_name}",
                "intro": rich_text("<p>Giới thiệu chuyên mục.</p>"),
            },
        )
        assert response.status_code == 302, response.content.decode()[:3000]
        with tenant_context(school_a):
            assert model.objects.get().slug == f"moi-{model._meta.model_name}"


def test_invalid_accreditation_is_refused_with_vietnamese_errors(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, AccreditationIndexPage)
    response = post_page(
        client,
        AccreditationPage,
        index,
        {
            "title": "Kết quả kiểm định sai",
            "slug": "kiem-dinh-sai",
            "date": "20/12/2024",
            "summary": "",
            "assessment_year": "24",
            "cycle": "2025-2020",
            "self_assessment_date": "15/10/2024",
            "external_assessment_date": "10/05/2024",
            "decision_number": "1234/SGDĐT-VP",
            "decision_date": "05/12/2024",
            "valid_until": "05/12/2023",
            "body": body("Không lưu được."),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Năm phải gồm 4 chữ số (YYYY)" in html
    assert "phải nhỏ hơn năm kết thúc" in html
    assert "Ngày đánh giá ngoài (10/05/2024) không được trước ngày hoàn thành tự đánh giá (15/10/2024)" in html
    assert "không phải số của một quyết định" in html
    assert "Ngày hết hiệu lực (05/12/2023) không được trước ngày ký quyết định (05/12/2024)" in html
    with tenant_context(school_a):
        assert not AccreditationPage.objects.filter(slug="kiem-dinh-sai").exists()


def test_invalid_numbers_and_counts_are_refused(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, UniversalEducationIndexPage)
    response = post_page(
        client,
        UniversalEducationPage,
        index,
        {
            "title": "Phổ cập sai",
            "slug": "pho-cap-sai",
            "date": "10/11/2025",
            "summary": "",
            "year": "2025",
            "achievement": "gdth3",
            "population": "-5",
            "achieved": "10",
            "decision_number": "quyết định số 5",
            "decision_date": "05/11/2024",
            "body": body("Không lưu được."),
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "không đúng dạng" in html  # the số ký hiệu parser's message
    assert "Số liệu không được là số âm." in html
    with tenant_context(school_a):
        assert not UniversalEducationPage.objects.filter(slug="pho-cap-sai").exists()


def test_legal_document_number_and_dates_are_checked(school_a, superuser_client):
    client = superuser_client(school_a)
    index = index_of(school_a, LegalEducationIndexPage)
    response = post_page(
        client,
        LegalEducationArticlePage,
        index,
        {
            "title": "Bài sai số ký hiệu",
            "slug": "bai-sai",
            "date": "15/03/2025",
            "summary": "",
            "topic": "luat",
            "document_title": "",
            "document_number": "24/18/QH14",
            "document_date": "",
            "body": body("Không lưu được."),
        },
    )
    assert "Năm ban hành trong số ký hiệu" in response.content.decode()
    response = post_page(
        client,
        LegalEducationArticlePage,
        index,
        {
            "title": "Bài sai năm",
            "slug": "bai-sai-nam",
            "date": "15/03/2025",
            "summary": "",
            "topic": "luat",
            "document_title": "Luật Giáo dục",
            "document_number": "43/2019/QH14",
            "document_date": "14/06/2018",
            "body": body("Không lưu được."),
        },
    )
    assert "Năm trong số ký hiệu (2019) không khớp" in response.content.decode()
