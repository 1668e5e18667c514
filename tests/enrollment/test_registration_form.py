"""The admission notice links the registration form its dossier names (issue 22 item 13)."""

import pytest
from django.core.exceptions import ValidationError
from django_tenants.utils import tenant_context

from demo.pdf import make_pdf
from documents.storage import store_document
from portal.enrollment.models import AdmissionNoticePage

DOSSIER = "<ul><li>Đơn đăng ký dự tuyển (theo mẫu).</li><li>Bản sao giấy khai sinh.</li></ul>"


def test_a_notice_naming_a_form_links_it_with_type_and_size(school_a, make_notice, portal_client):
    with tenant_context(school_a):
        form = store_document("Mẫu đơn đăng ký", "Mẫu đơn đăng ký.pdf", make_pdf([["ĐƠN ĐĂNG KÝ DỰ TUYỂN"]]))
    make_notice(school_a, dossier=DOSSIER, registration_form=form, registration_url="https://tuyensinh.ptdm.edu.vn/")
    html = portal_client(school_a).get("/tuyen-sinh/thong-bao-lop-6/").content.decode()
    dossier = html.split('id="ho-so"', 1)[1].split("</section>", 1)[0]
    assert f'href="{form.url}"' in dossier and "Tải mẫu đơn đăng ký" in dossier and "(PDF, " in dossier
    assert 'href="https://tuyensinh.ptdm.edu.vn/"' in dossier and "Đăng ký trực tuyến" in dossier
    assert portal_client(school_a).get(form.url).status_code == 200


def test_an_online_registration_address_is_enough(school_a, make_notice):
    make_notice(school_a, dossier=DOSSIER, registration_url="https://tuyensinh.ptdm.edu.vn/")
    with tenant_context(school_a):
        assert AdmissionNoticePage.objects.get().registration_url


def test_a_notice_naming_a_form_without_one_is_refused_in_vietnamese(school_a, make_notice):
    with pytest.raises(ValidationError) as raised:
        make_notice(school_a, dossier=DOSSIER)
    assert "Hồ sơ nhắc đến mẫu đơn" in raised.value.message_dict["registration_form"][0]
