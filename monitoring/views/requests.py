"""Reports on request (letter V.2): the district asks, schools answer, the district collects.

Files (the district's template, each school's signed PDF) are served only here, to the district's staff
and to the school concerned (docs/architecture.md, pitfall 11); never cached publicly.
"""

import io
import zipfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone

from monitoring import metrics
from monitoring.forms import ReportAnswerForm, ReportRequestForm
from monitoring.models import ReportAnswer, ReportRequest
from monitoring.views.access import (
    district_staff_required,
    is_district_staff,
    is_school_reporter,
    school_reporter_required,
)
from portal.text import ascii_slug
from portal.text.spreadsheets import xlsx_bytes


def _file(data, name, content_type="application/octet-stream"):
    response = HttpResponse(bytes(data), content_type=content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{ascii_slug(name.rsplit(".", 1)[0])}.{name.rsplit(".", 1)[-1]}"'
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def progress(report):
    """``[(school, answer or None, state)]`` for every school asked.

    State: "đã gửi", "gửi muộn" (answered after the deadline), "quá hạn" (not answered, deadline past), "chưa gửi".
    """
    answers = {a.portal_id: a for a in report.answers.all()}
    late = report.is_late()
    rows = []
    for school in report.recipients():
        answer = answers.get(school.pk)
        if answer is not None:
            state = "gửi muộn" if answer.is_late else "đã gửi"
        else:
            state = "quá hạn" if late else "chưa gửi"
        rows.append((school, answer, state))
    return rows


# --- district ---------------------------------------------------------------------------------------------


@district_staff_required
def index(request):
    reports = list(ReportRequest.objects.prefetch_related("answers", "schools"))
    summary = []
    for report in reports:
        rows = progress(report)
        summary.append((report, sum(1 for _, a, _ in rows if a), len(rows), sum(1 for *_, s in rows if s == "quá hạn")))
    form = ReportRequestForm()
    return TemplateResponse(request, "monitoring/report_request_index.html", {"summary": summary, "form": form})


@district_staff_required
def create(request):
    form = ReportRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        report = form.save(commit=False)
        report.created_by = request.user.get_username()
        report.save()
        form.save_m2m()
        messages.success(
            request, f"Đã gửi yêu cầu báo cáo “{report.subject}” đến {report.recipients().count()} trường."
        )
        return redirect("monitoring_request", report.pk)
    return TemplateResponse(request, "monitoring/report_request_form.html", {"form": form})


@district_staff_required
def detail(request, pk):
    report = get_object_or_404(ReportRequest, pk=pk)
    return TemplateResponse(request, "monitoring/report_request.html", {"report": report, "rows": progress(report)})


@district_staff_required
def download_all(request, pk):
    """One ZIP: a workbook of every school's state and figures, and each signed PDF."""
    report = get_object_or_404(ReportRequest, pk=pk)
    rows = progress(report)
    keys = [key for key, _ in report.metric_choices()]
    lines = [
        ["Trường", "Tình trạng", "Ngày gửi", "Người gửi", *(label for _, label in report.metric_choices()), "Nội dung"]
    ]
    for school, answer, state in rows:
        figures = answer.figures if answer else {}
        submitted = f"{timezone.localtime(answer.submitted_at):%d/%m/%Y %H:%M}" if answer else ""
        lines.append([school.name, state, submitted, answer.submitted_by if answer else "",
                      *(figures.get(key) for key in keys), answer.note if answer else ""])  # fmt: skip
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("tong-hop.xlsx", xlsx_bytes(lines, sheet_title="Tổng hợp", title=report.subject))
        for school, answer, _ in rows:
            if answer is not None:
                archive.writestr(f"{school.schema_name}.pdf", bytes(answer.signed_data))
    return _file(buffer.getvalue(), f"bao-cao-{report.pk}.zip", "application/zip")


# --- files: the district and the school concerned -----------------------------------------------------------


def template_file(request, pk):
    report = get_object_or_404(ReportRequest, pk=pk)
    allowed = is_district_staff(request) or (is_school_reporter(request) and report.is_addressed_to(request.tenant))
    if not allowed or not report.template_name:
        raise PermissionDenied("Không có quyền tải tệp này.")
    return _file(report.template_data, report.template_name)


def answer_file(request, pk):
    answer = get_object_or_404(ReportAnswer.objects.select_related("portal"), pk=pk)
    own = is_school_reporter(request) and answer.portal_id == request.tenant.pk
    if not (is_district_staff(request) or own):
        raise PermissionDenied("Chỉ Phòng GD&ĐT và trường gửi báo cáo được xem tệp này.")
    return _file(answer.signed_data, answer.signed_name, "application/pdf")


# --- school -------------------------------------------------------------------------------------------------


@school_reporter_required
def school_index(request):
    mine = [r for r in ReportRequest.objects.order_by("-deadline") if r.is_addressed_to(request.tenant)]
    answers = {a.request_id: a for a in ReportAnswer.objects.filter(portal=request.tenant)}
    rows = [(r, answers.get(r.pk)) for r in mine]
    return TemplateResponse(request, "monitoring/school_requests.html", {"rows": rows})


@school_reporter_required
def school_answer(request, pk):
    report = get_object_or_404(ReportRequest, pk=pk)
    if not report.is_addressed_to(request.tenant):
        raise PermissionDenied("Yêu cầu báo cáo này không gửi đến trường.")
    answer = ReportAnswer.objects.filter(request=report, portal=request.tenant).first()
    known = metrics.schools(portal=request.tenant)
    figures = answer.figures if answer else (known[0].metrics if known else {})
    form = ReportAnswerForm(
        request.POST or None, request.FILES or None, request_obj=report, figures=figures, answer=answer
    )
    if request.method == "POST" and form.is_valid():
        values = {"figures": form.figures(), "note": form.cleaned_data["note"], "submitted_at": timezone.now(),
                  "submitted_by": request.user.get_username()}  # fmt: skip
        if form.cleaned_data["signed"]:
            values["signed_name"], values["signed_data"] = form.cleaned_data["signed"]
        ReportAnswer.objects.update_or_create(request=report, portal=request.tenant, defaults=values)
        messages.success(request, f"Đã gửi báo cáo “{report.subject}” về Phòng GD&ĐT.")
        return redirect("monitoring_school_requests")
    context = {"report": report, "form": form, "answer": answer}
    return TemplateResponse(request, "monitoring/school_request.html", context)
