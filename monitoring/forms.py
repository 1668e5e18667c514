"""Forms of the district's monitoring screens: score rules, thresholds, report requests, school answers."""

from django import forms
from django.forms import modelformset_factory

from monitoring.catalogue import CHOICES
from monitoring.models import MonitoringSettings, ReportAnswer, ReportRequest, ScoreRule
from tenants.models import Portal

MAX_UPLOAD = 10 * 1024 * 1024


class ScoreRuleForm(forms.ModelForm):
    class Meta:
        model = ScoreRule
        fields = ["metric", "operator", "threshold", "points", "label", "is_active", "sort_order"]


RuleFormSet = modelformset_factory(ScoreRule, form=ScoreRuleForm, extra=1, can_delete=True)


class SettingsForm(forms.ModelForm):
    class Meta:
        model = MonitoringSettings
        fields = ["silent_days", "reminder_days"]


def read_upload(upload, *, pdf_only):
    """The bytes of an upload, with a Vietnamese error for an empty, too large or (for signed answers) non-PDF file."""
    if upload.size > MAX_UPLOAD:
        raise forms.ValidationError(f"Tệp “{upload.name}” quá lớn (tối đa 10 MB).")
    data = upload.read()
    if not data:
        raise forms.ValidationError(f"Tệp “{upload.name}” rỗng.")
    if pdf_only and not data.startswith(b"%PDF-"):
        raise forms.ValidationError(
            f"Tệp “{upload.name}” không phải PDF: hãy tải lên bản báo cáo đã ký, định dạng PDF."
        )
    return data


class ReportRequestForm(forms.ModelForm):
    template_file = forms.FileField(label="tệp mẫu báo cáo", required=False)
    metrics = forms.MultipleChoiceField(
        label="số liệu điền sẵn", choices=CHOICES, required=False, widget=forms.CheckboxSelectMultiple
    )
    schools = forms.ModelMultipleChoiceField(
        label="trường nhận (để trống: tất cả)",
        queryset=Portal.objects.filter(kind=Portal.Kind.SCHOOL, is_active=True).order_by("name"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = ReportRequest
        fields = ["subject", "body", "deadline", "schools", "metrics"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}

    def clean_template_file(self):
        upload = self.cleaned_data.get("template_file")
        if upload:
            self.template_bytes = read_upload(upload, pdf_only=False)
        return upload

    def save(self, commit=True):
        request = super().save(commit=False)
        upload = self.cleaned_data.get("template_file")
        if upload:
            request.template_name, request.template_data = upload.name, self.template_bytes
        if commit:
            request.save()
            self.save_m2m()
        return request


class ReportAnswerForm(forms.Form):
    """The school's answer: the pre-filled figures (editable), a text, the signed PDF."""

    note = forms.CharField(label="nội dung báo cáo", widget=forms.Textarea, required=False)
    signed = forms.FileField(label="báo cáo đã ký (PDF)", required=False)

    def __init__(self, *args, request_obj, figures, answer=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.answer = answer
        labels = dict(CHOICES)
        for key in request_obj.metrics:
            if key in labels:
                self.fields[f"so_lieu_{key}"] = forms.DecimalField(
                    label=labels[key], required=False, initial=figures.get(key), decimal_places=1, max_digits=10
                )
        if answer is not None:
            self.fields["note"].initial = answer.note

    def clean_signed(self):
        upload = self.cleaned_data.get("signed")
        if upload:
            return (upload.name, read_upload(upload, pdf_only=True))
        if self.answer is None:
            raise forms.ValidationError("Vui lòng tải lên báo cáo đã ký (PDF).")
        return None

    def figures(self):
        return {
            name.removeprefix("so_lieu_"): (float(value) if value is not None else None)
            for name, value in self.cleaned_data.items()
            if name.startswith("so_lieu_")
        }


__all__ = ["ReportAnswer", "ReportAnswerForm", "ReportRequestForm", "RuleFormSet", "SettingsForm"]
