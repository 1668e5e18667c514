"""Admin integration: issuing-body snippets, the register import view, safe serving of every document.

Hooks: https://docs.wagtail.org/en/stable/reference/hooks.html
"""

from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents.models import document_served
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents import admin_views
from documents.models import IssuingBody
from documents.serving import file_response, open_document


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    icon = "group"
    menu_label = "Cơ quan ban hành"
    menu_order = 310
    add_to_admin_menu = False
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "code"]


register_snippet(IssuingBodyViewSet)


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.section_for(request) is not None


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("van-ban/nhap-so/", admin_views.import_view, name="documents_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return ImportMenuItem("Nhập sổ văn bản", reverse("documents_import"), icon_name="upload", order=320)


@hooks.register("before_serve_document", order=100)
def serve_document_safely(document, request):
    """Wagtail's ``/documents/<id>/<name>`` with the registry's headers (after the privacy check, order 0).

    Real PDFs inline, everything else ``attachment`` with a sandboxing CSP, the type from the content,
    ASCII file names (``documents.serving.file_response``).
    """
    handle, head = open_document(document)
    document_served.send(sender=type(document), instance=document, request=request)
    return file_response(handle, document.file.name, head=head)
