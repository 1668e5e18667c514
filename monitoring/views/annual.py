"""Downloads of the annual evaluation (letter V.1): the district's or one school's, as XLSX or PDF."""

from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect

from monitoring import schoolyear
from monitoring.reports import annual, annual_pdf, annual_xlsx
from monitoring.views.access import district_staff_required
from portal.text import ascii_slug
from tenants.models import Portal

TITLE = "Đánh giá hiệu quả hoạt động cổng thông tin điện tử và hệ thống thư điện tử"
TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


@district_staff_required
def download(request):
    school_year = request.GET.get("nam_hoc") or schoolyear.current()
    kind = request.GET.get("dinh_dang", "pdf")
    try:
        schoolyear.bounds(school_year)
    except ValueError as error:
        messages.error(request, str(error))
        return redirect("monitoring_dashboard")
    if kind not in TYPES:
        messages.error(request, "Định dạng báo cáo phải là PDF hoặc XLSX.")
        return redirect("monitoring_dashboard")
    school = request.GET.get("truong", "")
    portal = get_object_or_404(Portal, pk=int(school), kind=Portal.Kind.SCHOOL) if school.isdigit() else None
    schools, district = annual.evaluate(school_year, portal=portal)
    issuer = request.tenant.name
    title = TITLE if portal is None else f"{TITLE} của {portal.name}"
    if kind == "xlsx":
        body = annual_xlsx.workbook(school_year, schools, district, issuer=issuer, title=title)
    else:
        place = request.tenant.short_name.removeprefix("Phòng GD&ĐT ").strip() or "Thủ Dầu Một"
        body = annual_pdf.document(school_year, schools, district, issuer=issuer, title=title, place=place)
    name = f"danh-gia-{school_year}" + (f"-{ascii_slug(portal.schema_name)}" if portal else "") + f".{kind}"
    response = HttpResponse(body, content_type=TYPES[kind])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "private, no-store"
    return response
