"""Who may read a stored file: the one rule behind ``/media/``, ``/documents/`` and attachment downloads.

Why one module: a file is only as private as its owner. A document in a collection restricted to logged-in
users, or attached to a draft or restricted legal document, must not become public because someone guessed
its storage path. Every view that sends a file asks this module, so the rules cannot drift apart:

* **collections**: Wagtail's ``CollectionViewRestriction`` (login, groups, password) for documents *and*
  images (Wagtail itself only checks documents);
* **owning pages**: apps declare which pages own a document with the ``portal_document_pages`` hook
  (legal-document attachments, resource files). A document owned by pages is public only while at least
  one of them is live and passes its page view restrictions; people who can use this portal's admin still
  see it (they preview drafts);
* **caching**: anything restricted is ``Cache-Control: private, no-store``; only files anyone may read get
  a shared-cache lifetime.
"""

from django.http import Http404
from wagtail import hooks
from wagtail.models import BaseViewRestriction

from portal.core.hooks import DOCUMENT_PAGES

PRIVATE_CACHE = "private, no-store"
NOT_FOUND = "Không tìm thấy tệp."


def can_use_admin(request):
    user = getattr(request, "user", None)
    return bool(user and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"))


def restrictions_pass(restrictions, request):
    return all(restriction.accept_request(request) for restriction in restrictions)


def page_is_public(page):
    """Live and without view restriction on itself or an ancestor: anyone may read it."""
    return page.live and not page.get_view_restrictions().exists()


def page_is_visible(page, request):
    return page.live and restrictions_pass(page.get_view_restrictions(), request)


def owner_pages(document):
    """Pages that own ``document`` (from every app's ``portal_document_pages`` hook)."""
    pages = []
    for owners in hooks.get_hooks(DOCUMENT_PAGES):
        pages.extend(owners(document))
    return pages


def collection_is_restricted(collection):
    return collection is not None and collection.get_view_restrictions().exists()


def document_is_private(document):
    """True when a shared cache must not keep this document."""
    if collection_is_restricted(document.collection):
        return True
    pages = owner_pages(document)
    return bool(pages) and not any(page_is_public(page) for page in pages)


def check_document_pages(document, request):
    """Http404 unless one owning page is visible to ``request`` (or the user works in this admin)."""
    pages = owner_pages(document)
    if pages and not can_use_admin(request) and not any(page_is_visible(page, request) for page in pages):
        raise Http404(NOT_FOUND)


def image_is_private(image):
    return collection_is_restricted(image.collection)


def check_image(image, request):
    """Apply the image's collection restrictions; a refused visitor gets the login page or 404.

    A password restriction has no form for a bare image: without the password in the session it is 404.
    """
    for restriction in image.collection.get_view_restrictions():
        if restriction.accept_request(request):
            continue
        if restriction.restriction_type in (BaseViewRestriction.LOGIN, BaseViewRestriction.GROUPS):
            if not request.user.is_authenticated:
                # Imported here: importing wagtail.wagtail_hooks at module level would run Wagtail's hook
                # registrations at our import time, before Wagtail's own hook discovery.
                from wagtail.wagtail_hooks import require_wagtail_login

                return require_wagtail_login(next=request.get_full_path())
        raise Http404(NOT_FOUND)
    return None


def set_cache(response, private, public_max_age=3600):
    response["Cache-Control"] = PRIVATE_CACHE if private else f"public, max-age={public_max_age}"
    if private:
        response["Vary"] = "Cookie"
    return response
