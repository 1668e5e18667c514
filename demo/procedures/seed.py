"""Seed the online services of a demo portal, idempotently (found by slug, created once).

The procedures themselves come from the scaffold (``procedures.scaffold``); the demo adds what a school
sets up itself: an online leave-of-absence form linked from its procedure, received at the portal's
official mailbox.
"""

from demo.procedures.services import seed_services
from procedures.models import OnlineFormField, OnlineFormPage, ProcedurePage
from procedures.scaffold import link_legal_bases, section

LEAVE_FORM_SLUG = "don-xin-nghi-hoc-truc-tuyen"
LEAVE_FIELDS = [
    ("Họ và tên học sinh", "singleline", "", True),
    ("Lớp", "singleline", "", True),
    ("Số điện thoại cha mẹ", "singleline", "", True),
    ("Nghỉ từ ngày", "date", "", True),
    ("Đến hết ngày", "date", "", True),
    ("Lý do", "radio", "Ốm đau\nViệc gia đình\nLý do khác", True),
    ("Ghi chú", "multiline", "", False),
    ("Giấy tờ kèm theo (giấy khám bệnh...)", "file", "", False),
]


def ensure_leave_form(portal):
    index = section()
    page = OnlineFormPage.objects.child_of(index).filter(slug=LEAVE_FORM_SLUG).first()
    if page is None:
        page = OnlineFormPage(
            title="Đơn xin phép nghỉ học trực tuyến",
            slug=LEAVE_FORM_SLUG,
            intro="<p>Cha mẹ học sinh điền đơn trước ngày nghỉ; giáo viên chủ nhiệm nhận thông báo và ghi nhận "
            "nghỉ có phép. Nghỉ đột xuất: gọi giáo viên chủ nhiệm và gửi đơn trong ngày.</p>",
            thank_you_text="<p>Nhà trường đã nhận đơn. Giáo viên chủ nhiệm sẽ liên hệ nếu cần thêm thông tin.</p>",
            to_address=portal.email or "",
            about_child=True,
            retention_days=365,
        )
        page.form_fields = [
            OnlineFormField(label=label, field_type=kind, choices=choices, required=required, sort_order=position)
            for position, (label, kind, choices, required) in enumerate(LEAVE_FIELDS)
        ]
        index.add_child(instance=page)
        page.save_revision().publish()
    procedure = ProcedurePage.objects.child_of(index).filter(slug="don-xin-nghi-hoc").first()
    if procedure is not None and procedure.online_service_id != page.pk:
        procedure.online_service = page
        procedure.save_revision().publish()
    return page


def seed_procedures(portal, demo, rng):
    if section() is None:
        return
    ensure_leave_form(portal)
    link_legal_bases()
    seed_services(portal)
