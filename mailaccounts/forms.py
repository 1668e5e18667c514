"""Forms of the mail-accounts screens. None carries the school: it is always ``request.tenant``."""

from django import forms
from django.core.exceptions import ValidationError

from mailaccounts import naming
from mailaccounts.models import POSITION_CHOICES, MailAccount, MailService, RegulationsRecord
from mailaccounts.workflow import DECISIONS

MAX_DECISION_PDF = 20 * 1024 * 1024


class AccountForm(forms.Form):
    kind = forms.ChoiceField(label="Loại hộp thư", choices=MailAccount.Kind.choices, initial=MailAccount.Kind.STAFF)
    full_name = forms.CharField(
        label="Họ và tên",
        max_length=120,
        required=False,
        help_text="Bắt buộc với hộp thư cá nhân; với hộp thư chức danh là người đang giữ chức vụ.",
    )
    position = forms.CharField(
        label="Chức vụ",
        max_length=120,
        widget=forms.TextInput(attrs={"list": "chuc-vu"}),
        help_text="Ví dụ: " + ", ".join(POSITION_CHOICES[:5]) + ".",
    )
    phone = forms.CharField(label="Số điện thoại", max_length=40, required=False)
    user_part = forms.CharField(
        label="Tên người dùng",
        max_length=naming.MAX_USER_LENGTH + 4,
        required=False,
        help_text="Để trống để hệ thống tạo theo quy tắc (tên + chữ cái đầu của họ và tên đệm, ví dụ "
        "Nguyễn Thị Ánh Tuyết → tuyetnta). Chỉ chữ thường không dấu, chữ số, dấu chấm hoặc gạch nối ở giữa.",
    )
    sort_order = forms.IntegerField(label="STT", min_value=1, max_value=9999, required=False)


class DecisionForm(forms.Form):
    action = forms.ChoiceField(choices=[(action.value, action.label) for action in DECISIONS])
    reason = forms.CharField(label="Lý do", max_length=500, required=False)


class PreparerForm(forms.Form):
    """Who signs the annex as "Người lập danh sách" (the annex carries their phone line)."""

    preparer = forms.CharField(label="Người lập danh sách", max_length=120, required=False)
    preparer_phone = forms.CharField(label="Số điện thoại người lập", max_length=40, required=False)


class MailServiceForm(forms.ModelForm):
    class Meta:
        model = MailService
        fields = ["name", "domain", "address_pattern", "unit_pattern"]


class RegulationsForm(forms.ModelForm):
    decision_pdf = forms.FileField(
        label="Bản quét quyết định đã ký (PDF)",
        required=False,
        help_text="Tệp PDF, tối đa 20 MB. Chỉ người dùng đã đăng nhập cổng của trường xem được.",
    )

    class Meta:
        model = RegulationsRecord
        fields = [
            "decision_number",
            "decision_date",
            "operations_unit",
            "operations_contact",
            "email_focal_name",
            "email_focal_position",
            "email_focal_phone",
            "email_focal_email",
        ]
        widgets = {"decision_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_decision_pdf(self):
        upload = self.cleaned_data.get("decision_pdf")
        if not upload:
            return upload
        if upload.size > MAX_DECISION_PDF:
            raise ValidationError("Tệp quá lớn (tối đa 20 MB).")
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise ValidationError("Tệp “%(name)s” không phải PDF.", params={"name": upload.name})
        return upload
