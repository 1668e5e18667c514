"""The upload form of the candidate list admin view."""

from django import forms
from django.core.exceptions import ValidationError

from portal.enrollment.importing import CandidateImportError
from portal.enrollment.importing.readers import check_size


class CandidateUploadForm(forms.Form):
    file = forms.FileField(
        label="Tệp danh sách dự tuyển",
        help_text="Tệp Excel (.xlsx) hoặc CSV (.csv), tối đa 5 MB và 5.000 thí sinh. "
        "Danh sách mới thay thế toàn bộ danh sách cũ; tệp có lỗi sẽ không được nhập dòng nào.",
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        try:
            check_size(upload.size)
        except CandidateImportError as error:
            raise ValidationError(error.messages) from error
        return upload
