"""Admin integration: issuing-body snippets, the register import view, safe serving of every document.

Hooks: https://docs.wagtail.org/en/stable/reference/hooks.html
"""

from django.http import HttpResponse
from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.documents.models import document_served
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet

from documents import admin_views
from documents.admin_listing import LegalDocumentListingViewSet
from documents.models import DocumentIndexPage, IssuingBody
from documents.safety import ACCEPTED_KINDS, extension_of, sniff
from documents.serving import download_name, open_document
from portal.core.hooks import DOCUMENT_PAGES, PORTAL_SECTION

DANGEROUS_KINDS = frozenset({"exe", "elf", "html", "script"})


class IssuingBodyChooserViewSet(SnippetChooserViewSet):
    """The issuer chooser of the document form, with a "Thêm cơ quan ban hành" tab: an editor adds a body
    missing from the list without leaving the document (and losing what was typed)."""

    form_fields = ["name", "code"]
    create_action_label = "Thêm cơ quan ban hành"
    creation_tab_label = "Thêm mới"


class IssuingBodyViewSet(SnippetViewSet):
    model = IssuingBody
    chooser_viewset_class = IssuingBodyChooserViewSet
    icon = "group"
    menu_label = "Cơ quan ban hành"
    menu_order = 310
    add_to_admin_menu = False
    list_display = ["name", "code", "sort_order"]
    search_fields = ["name", "code"]


register_snippet(IssuingBodyViewSet)


@hooks.register("register_admin_viewset")
def register_document_register():
    return LegalDocumentListingViewSet("so_van_ban", url_prefix="so-van-ban")


@hooks.register("register_page_header_buttons")
def document_register_button(page, user, view_name, next_url=None):
    """From the "Văn bản" section in the explorer to the register, which shows numbers, dates, status."""
    if page.specific_class is DocumentIndexPage:
        yield Button("Xem dạng sổ văn bản", reverse("so_van_ban:index"), icon_name="list-ul", priority=12)


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
    """Wagtail's ``/documents/<id>/<name>``: step in only when the content betrays the extension.

    Runs after Wagtail's privacy check (order 0). Wagtail already serves PDFs inline and everything else
    as ``attachment`` with ``nosniff`` and a CSP; what it cannot see is a ``.pdf`` (or ``.docx``...) that
    is really HTML or a program. Such a file is sent as ``application/octet-stream`` attachment under a
    safe name. (Wagtail only honours a plain ``HttpResponse`` here, so the file is read into memory;
    documents are capped at 20 MB.)
    """
    handle, head = open_document(document)
    try:
        extension = extension_of(document.file.name)
        kind = sniff(head)
        expected = ACCEPTED_KINDS.get(extension)
        if (kind in expected) if expected else kind not in DANGEROUS_KINDS:
            return None
        data = handle.read()
    finally:
        handle.close()
    response = HttpResponse(data, content_type="application/octet-stream")
    response["Content-Disposition"] = f'attachment; filename="{download_name(document)}"'
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    document_served.send(sender=type(document), instance=document, request=request)
    return response


@hooks.register(PORTAL_SECTION)
def claim_documents_section():
    return {"van-ban": "documents.DocumentIndexPage"}


@hooks.register(DOCUMENT_PAGES)
def legal_documents_attaching(document):
    """Legal documents that attach ``document`` (portal.core.privacy applies their live/public state)."""
    from documents.models import DocumentAttachment, LegalDocumentPage

    page_ids = DocumentAttachment.objects.filter(document=document).values("page_id")
    return list(LegalDocumentPage.objects.filter(pk__in=page_ids))
