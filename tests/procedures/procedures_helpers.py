"""Helpers of the procedures tests: online forms created as editors create them, form posts, real files."""

import datetime

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from procedures.models import OnlineFormField, OnlineFormPage, ProcedureIndexPage

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
FIELDS = [
    ("Họ và tên học sinh", "singleline", ""),
    ("Lớp", "dropdown", "6A1\n6A2\n7A1"),
    ("Ngày bắt đầu nghỉ", "date", ""),
    ("Lý do", "multiline", ""),
    ("Giấy tờ kèm theo", "file", ""),
]


def procedure_section():
    return ProcedureIndexPage.objects.get(section_key="thu-tuc-bieu-mau")


def add_online_form(slug="don-nghi-hoc-truc-tuyen", *, fields=FIELDS, **values):
    """A published online form under the current portal's "Thủ tục - Biểu mẫu"."""
    defaults = {
        "title": "Đơn xin phép nghỉ học trực tuyến",
        "slug": slug,
        "to_address": "vanthu@ptdm.edu.vn",
        "about_child": True,
        "retention_days": 180,
    }
    defaults.update(values)
    page = OnlineFormPage(**defaults)
    page.form_fields = [
        OnlineFormField(label=label, field_type=kind, choices=choices, required=kind != "file", sort_order=i)
        for i, (label, kind, choices) in enumerate(fields)
    ]
    procedure_section().add_child(instance=page)
    page.save_revision().publish()
    page = OnlineFormPage.objects.get(pk=page.pk)
    page.address = page.url  # read inside the portal: a page's URL needs its schema's Site
    return page


def form_post(birth=None, **overrides):
    """A complete, valid submission of the form above (the child is 12: both consents ticked)."""
    birth = birth or (timezone.localdate() - datetime.timedelta(days=12 * 366))
    data = {
        "ho_va_ten_hoc_sinh": "Nguyễn Văn An",
        "lop": "6A1",
        "ngay_bat_dau_nghi": "2026-12-07",
        "ly_do": "Bị sốt, có giấy của trạm y tế.",
        "consent_parent_name": "Nguyễn Văn Bình",
        "consent_child_birth_date": birth.isoformat(),
        "consent_parent": "on",
        "consent_child": "on",
        "website": "",
        "giay_to_kem_theo": SimpleUploadedFile("Giấy khám bệnh.pdf", PDF, content_type="application/pdf"),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
