"""Wagtail admin view for editors: import a register (XLSX/CSV, optional ZIP of files), see the report.

Runs in the request (a register of a few hundred lines takes seconds); the management command
``import_documents`` is there for larger ones, with a progress bar.
"""

import zipfile

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.template.response import TemplateResponse

from documents.forms import ImportForm
from documents.importing import import_rows, mode_for, zip_files
from documents.models import DocumentIndexPage
from documents.registers import COLUMNS, RegisterError, read_register


def section_for(request):
    """The portal's document section, if the user may add documents to it."""
    index = DocumentIndexPage.objects.filter(section_key="van-ban").first() or DocumentIndexPage.objects.first()
    if index is None:
        return None
    return index if index.permissions_for_user(request.user).can_add_subpage() else None


def import_view(request):
    index = DocumentIndexPage.objects.filter(section_key="van-ban").first() or DocumentIndexPage.objects.first()
    if index is None:
        raise Http404("Cổng thông tin chưa có chuyên mục văn bản.")
    permissions = index.permissions_for_user(request.user)
    if not permissions.can_add_subpage():
        raise PermissionDenied("Bạn không có quyền thêm văn bản vào chuyên mục này.")
    can_publish = permissions.can_publish_subpage()
    form = ImportForm(request.POST or None, request.FILES or None, can_publish=can_publish)
    report = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["register"]
        files = None
        try:
            rows = read_register(upload.name, upload.read())
            if form.cleaned_data["attachments"]:
                files = zip_files(form.cleaned_data["attachments"].read())
        except RegisterError as error:
            form.add_error("register", str(error))
        except zipfile.BadZipFile:
            form.add_error("attachments", "Tệp nén bị hỏng hoặc không phải định dạng .zip.")
        else:
            mode = mode_for(form.cleaned_data["publish"], can_publish)
            report = import_rows(index, rows, files=files, mode=mode, user=request.user)
            level = messages.success if not report.failed else messages.warning
            level(request, report.summary())
    return TemplateResponse(
        request,
        "documents/admin/import.html",
        {
            "form": form,
            "report": report,
            "index": index,
            "columns": [label for _, label, _ in COLUMNS],
        },
    )
