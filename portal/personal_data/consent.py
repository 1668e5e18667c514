"""The consent part of every public form about a child, and the record it leaves (``ConsentRecord``).

Law 91/2025/QH15 (personal data protection, in force 01/01/2026): processing a child's data needs the
consent of a parent or guardian and, from age 7, of the child; consent must be explicit (a ticked box,
never pre-ticked), informed (the purpose and retention are stated) and provable (wording, its version and
the time kept). Any app's form about a child uses this module, so every form gets the same rule:

- :func:`add_consent_fields` adds the fields to a Django form (bound or unbound);
- :func:`check_consent` in the form's ``clean`` refuses a submission without the required consent,
  with a Vietnamese message on the field;
- :func:`record_consent` writes the record after saving, under the submission's reference code.

Change a wording: change the text *and* bump :data:`WORDING_VERSION`; records keep the text they showed.
"""

import datetime

from django import forms
from django.utils import timezone

from portal.personal_data.models import ConsentRecord

WORDING_VERSION = "2026.1"
CHILD_CONSENT_AGE = 7
PARENT_WORDING = (
    "Tôi là cha, mẹ hoặc người giám hộ hợp pháp của học sinh, đồng ý để nhà trường thu thập và xử lý các thông "
    "tin cá nhân trong biểu mẫu này chỉ nhằm giải quyết hồ sơ, lưu trong {days} ngày rồi xóa. Tôi có quyền yêu "
    "cầu xem, sửa, xóa dữ liệu hoặc rút lại sự đồng ý bằng cách liên hệ nhà trường kèm mã hồ sơ."
)
CHILD_WORDING = (
    "Em đã được cha mẹ giải thích và đồng ý để nhà trường dùng thông tin của em trong biểu mẫu này để giải quyết hồ sơ."
)
PARENT_REQUIRED = "Cần sự đồng ý của cha, mẹ hoặc người giám hộ để gửi biểu mẫu."
CHILD_REQUIRED = "Học sinh từ đủ 7 tuổi cần tự đánh dấu đồng ý (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15)."
PARENT_NAME = "consent_parent_name"
PARENT_AGREES = "consent_parent"
CHILD_BIRTH = "consent_child_birth_date"
CHILD_AGREES = "consent_child"
FIELD_NAMES = (PARENT_NAME, PARENT_AGREES, CHILD_BIRTH, CHILD_AGREES)
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]


class DateInput(forms.DateInput):
    input_type = "date"

    def format_value(self, value):
        return value.isoformat() if isinstance(value, datetime.date) else value


def age_on(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def add_consent_fields(form, *, retention_days, birth_field=None, name_field=None):
    """Add the consent fields to ``form``.

    ``birth_field`` / ``name_field``: the form's own fields holding the child's date of birth and name,
    when it has them (admission, exam registration); otherwise a date-of-birth field is added, needed to
    know whether the child must agree too.
    """
    form.consent_birth_field = birth_field or CHILD_BIRTH
    form.consent_name_field = name_field
    form.consent_wording = PARENT_WORDING.format(days=retention_days)
    form.fields[PARENT_NAME] = forms.CharField(label="Họ và tên cha, mẹ hoặc người giám hộ", max_length=200)
    if birth_field is None:
        form.fields[CHILD_BIRTH] = forms.DateField(
            label="Ngày sinh của học sinh", widget=DateInput, input_formats=DATE_FORMATS
        )
    form.fields[PARENT_AGREES] = forms.BooleanField(
        label=form.consent_wording, error_messages={"required": PARENT_REQUIRED}
    )
    form.fields[CHILD_AGREES] = forms.BooleanField(
        label=CHILD_WORDING, required=False, help_text="Bắt buộc khi học sinh từ đủ 7 tuổi trở lên."
    )


def check_consent(form, cleaned_data):
    """In ``form.clean``: the parent's agreement always, the child's too from age 7 (errors on the fields)."""
    birth = cleaned_data.get(getattr(form, "consent_birth_field", CHILD_BIRTH))
    if birth and birth > timezone.localdate():
        form.add_error(form.consent_birth_field, "Ngày sinh không thể sau ngày hôm nay.")
        return
    if birth and age_on(birth, timezone.localdate()) >= CHILD_CONSENT_AGE and not cleaned_data.get(CHILD_AGREES):
        form.add_error(CHILD_AGREES, CHILD_REQUIRED)


def record_consent(form, *, kind, reference_code):
    """The ``ConsentRecord`` of a valid form (call in the transaction that stores the submission)."""
    data = form.cleaned_data
    now = timezone.now()
    birth = data.get(getattr(form, "consent_birth_field", CHILD_BIRTH))
    name_field = getattr(form, "consent_name_field", None)
    child = bool(data.get(CHILD_AGREES))
    return ConsentRecord.objects.create(
        kind=str(kind),
        reference_code=reference_code,
        wording_version=WORDING_VERSION,
        parent_name=data[PARENT_NAME],
        parent_wording=form.consent_wording,
        parent_agreed_at=now,
        child_name=(data.get(name_field) or "") if name_field else "",
        child_birth_date=birth,
        child_wording=CHILD_WORDING if child else "",
        child_agreed_at=now if child else None,
    )


def without_consent(data):
    """The submission's own data, without the consent fields (they live in the ``ConsentRecord``)."""
    return {key: value for key, value in data.items() if key not in FIELD_NAMES}


def erase_consent(reference_code):
    """Delete the consent records of one submission (erased with it)."""
    return ConsentRecord.objects.filter(reference_code=reference_code).delete()[0]
