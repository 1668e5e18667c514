"""Forms of the district's school-management screens in the Wagtail admin."""

from django import forms

from portal.core.validators import validate_official_email
from tenants.models import Portal
from tenants.naming import suggest_school_domain, validate_school_domain


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
