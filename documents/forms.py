"""Admin form of the register import (the page form is ``portal.core.forms.BasePageForm``)."""

from django import forms

from documents.safety import human_size

MAX_REGISTER_SIZE = 10 * 1024 * 1024
MAX_ZIP_SIZE = 200 * 1024 * 1024


class ImportForm(forms.Form):
    register = forms.FileField(
        label="Sổ văn bản (Excel .xlsx hoặc .csv)",
        help_text="Dòng tiêu đề cần có các cột “Số ký hiệu”, “Ngày ban hành”, “Trích yếu”; các cột khác: Hình thức "
        "văn bản, Cơ quan ban hành, Ngày có hiệu lực, Ngày hết hiệu lực, Người ký, Lĩnh vực, Tóm tắt nội dung, "
        "Thay thế văn bản, Sửa đổi, bổ sung văn bản, Hướng dẫn thi hành văn bản, Tệp đính kèm.",
    )
    attachments = forms.FileField(
        label="Tệp đính kèm (nén .zip, không bắt buộc)",
        required=False,
        help_text="Tệp nén chứa các tệp có tên ghi trong cột “Tệp đính kèm”.",
    )
    publish = forms.BooleanField(
        label="Xuất bản ngay",
        required=False,
        initial=True,
        help_text="Bỏ chọn để chỉ lưu bản nháp (chưa gửi duyệt, chưa hiển thị trên cổng).",
    )

    def __init__(self, *args, can_publish=True, **kwargs):
        super().__init__(*args, **kwargs)
        if not can_publish:
            # Not allowed to publish: the documents go to the editorial board, as "Gửi duyệt" does.
            self.fields["publish"].label = "Gửi Ban Biên tập duyệt ngay"
            self.fields["publish"].help_text = (
                "Văn bản được gửi duyệt theo quy trình của chuyên mục và hiển thị khi được phê duyệt. "
                "Bỏ chọn để chỉ lưu bản nháp."
            )

    def clean_register(self):
        upload = self.cleaned_data["register"]
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError("Chỉ nhận sổ văn bản dạng Excel (.xlsx) hoặc CSV (.csv).")
        if upload.size > MAX_REGISTER_SIZE:
            raise forms.ValidationError(f"Tệp sổ văn bản vượt quá {human_size(MAX_REGISTER_SIZE)}.")
        return upload

    def clean_attachments(self):
        upload = self.cleaned_data.get("attachments")
        if not upload:
            return None
        if not upload.name.lower().endswith(".zip"):
            raise forms.ValidationError("Tệp đính kèm phải được nén thành một tệp .zip.")
        if upload.size > MAX_ZIP_SIZE:
            raise forms.ValidationError(f"Tệp nén vượt quá {human_size(MAX_ZIP_SIZE)}.")
        return upload
