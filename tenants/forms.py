"""Forms of the district's school-management screens in the Wagtail admin."""

from django import forms

from tenants.accounts import validate_administrator
from tenants.models import Portal
from tenants.naming import suggest_school_domain, validate_school_domain
from tenants.validators import validate_official_email


class SchoolForm(forms.Form):
    name = forms.CharField(label="Tên đầy đủ", max_length=200, help_text="Ví dụ: Trường THCS Nguyễn Viết Xuân")
    short_name = forms.CharField(label="Tên viết tắt", max_length=80, required=False)
    level = forms.ChoiceField(label="Cấp học", choices=Portal.Level.choices)
    ownership = forms.ChoiceField(label="Loại hình", choices=Portal.Ownership.choices)
    domain = forms.CharField(
        label="Tên miền",
        max_length=253,
        required=False,
        help_text="Dạng <tên trường><mã thành phố>.edu.vn, chỉ chữ thường không dấu và chữ số. "
        "Để trống để hệ thống gợi ý từ tên trường.",
    )
    address = forms.CharField(label="Địa chỉ", max_length=255, required=False)
    phone = forms.CharField(label="Điện thoại", max_length=40, required=False)
    email = forms.EmailField(label="Thư điện tử chính thức", required=False, validators=[validate_official_email])

    def clean_domain(self):
        domain = self.cleaned_data.get("domain", "").strip()
        if not domain:
            name = self.cleaned_data.get("name") or self.data.get("name", "")
            if not name:
                return ""
            domain = suggest_school_domain(name)
        validate_school_domain(domain)
        return domain


class NewSchoolForm(SchoolForm):
    """The school and its first administrator: nobody could log in to a school created without one."""

    admin_full_name = forms.CharField(
        label="Họ và tên người quản trị",
        max_length=200,
        help_text="Người của trường nhận tài khoản quản trị cổng thông tin (thường là Phó Hiệu trưởng hoặc "
        "cán bộ phụ trách công nghệ thông tin).",
    )
    admin_email = forms.EmailField(
        label="Thư điện tử liên hệ của người quản trị",
        error_messages={"invalid": "Vui lòng nhập địa chỉ thư điện tử liên hệ hợp lệ của người giữ tài khoản."},
    )
    admin_username = forms.CharField(label="Tên đăng nhập quản trị", max_length=30, initial="quantri")
    admin_password = forms.CharField(
        label="Mật khẩu ban đầu",
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Để trống để hệ thống tạo một mật khẩu mạnh và hiển thị một lần. Người quản trị phải đổi "
        "mật khẩu này ở lần đăng nhập đầu tiên.",
    )

    def clean(self):
        cleaned = super().clean()
        username = (cleaned.get("admin_username") or "").strip().lower()
        cleaned["admin_username"] = username
        try:
            validate_administrator(
                username=username,
                full_name=cleaned.get("admin_full_name", ""),
                email=cleaned.get("admin_email", ""),
                password=cleaned.get("admin_password"),
            )
        except forms.ValidationError as error:
            for field, messages in error.message_dict.items():
                if field not in self.errors:  # a missing field already says so
                    self.add_error(field, messages)
        return cleaned
