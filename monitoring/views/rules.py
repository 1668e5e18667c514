"""The district edits its score rules and alert thresholds (data, not code)."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse

from monitoring.forms import RuleFormSet, SettingsForm
from monitoring.models import MonitoringSettings, ScoreRule
from monitoring.views.access import district_staff_required


@district_staff_required
def rules(request):
    current = MonitoringSettings.current()
    formset = RuleFormSet(request.POST or None, queryset=ScoreRule.objects.all(), prefix="quy_tac")
    settings_form = SettingsForm(request.POST or None, instance=current, prefix="cau_hinh")
    if request.method == "POST":
        if formset.is_valid() and settings_form.is_valid():
            formset.save()
            settings_form.save()
            messages.success(request, "Đã lưu quy tắc chấm điểm và cấu hình cảnh báo.")
            return redirect("monitoring_rules")
        messages.error(request, "Chưa lưu: vui lòng sửa các lỗi bên dưới.")
    return TemplateResponse(request, "monitoring/rules.html", {"formset": formset, "settings_form": settings_form})
