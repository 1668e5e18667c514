"""Hole 1: private files were public under ``/media/<schema>/...`` (and cached by proxies).

Each test stores a file the way editors do, then asks for it the way an attacker would: by its storage
path under ``/media/``, by Wagtail's ``/documents/<id>/<name>`` and through the page's own routes.
"""

import datetime
import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django_tenants.utils import tenant_context
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from demo.pdf import make_pdf
from documents.models import DocumentAttachment, DocumentIndexPage, LegalDocumentPage
from documents.storage import store_document

pytestmark = pytest.mark.django_db


def media_url(portal, stored):
    return f"/media/{portal.schema_name}/{stored.file.name}"


def cache_directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def private_collection(name="Nội bộ"):
    collection = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(collection=collection, restriction_type="login")
    return collection


def legal_document(number, *, publish):
    pdf = store_document("Công văn", "cong-van.pdf", make_pdf([["Công văn nội bộ"]]))
    index = DocumentIndexPage.objects.get(section_key="van-ban")
    page = LegalDocumentPage(
        title=f"Công văn {number}", number=number, issue_date=datetime.date(2025, 3, 10), slug="", live=publish
    )
    page.attachments = [DocumentAttachment(document=pdf)]
    page._parent_hint = index
    page.full_clean(exclude=["path", "depth"])
    index.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    page = LegalDocumentPage.objects.get(pk=page.pk)
    page.base = page.url
    attachment = page.attachments.get()
    return page, pdf, attachment


def png_image(title, collection=None):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "red").save(buffer, "PNG")
    Image = get_image_model()
    image = Image(title=title, file=ImageFile(buffer, name=f"{title}.png"))
    if collection is not None:
        image.collection = collection
    image.save()
    return image


def test_document_in_restricted_collection_is_not_public_under_media(school_a, portal_client):
    with tenant_context(school_a):
        document = store_document("Biên bản họp", "bien-ban.pdf", make_pdf([["Mật"]]), collection=private_collection())
        urls = (media_url(school_a, document), document.url)
        get_user_model().objects.create_user("giaovien", password="MatKhau@2025")
    visitor = portal_client(school_a)
    for url in urls:
        response = visitor.get(url)
        assert response.status_code == 302 and "/_util/login/" in response["Location"], url
        assert "public" not in response.get("Cache-Control", "")
    member = portal_client(school_a)
    with tenant_context(school_a):
        member.force_login(get_user_model().objects.get(username="giaovien"))
    for url in urls:
        response = member.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_directives(response)
        assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_attachment_of_a_draft_legal_document_is_hidden(school_a, portal_client):
    with tenant_context(school_a):
        _, pdf, _ = legal_document("12/CV-THCSCVA", publish=False)
        urls = (media_url(school_a, pdf), pdf.url)
    visitor = portal_client(school_a)
    for url in urls:
        assert visitor.get(url).status_code == 404, url


def test_attachment_of_a_restricted_page_needs_its_login_and_is_never_cached(school_a, portal_client):
    with tenant_context(school_a):
        page, pdf, attachment = legal_document("13/CV-THCSCVA", publish=True)
        PageViewRestriction.objects.create(page=page, restriction_type="login")
        urls = (media_url(school_a, pdf), pdf.url, f"{page.base}xem/{attachment.pk}/")
        user = get_user_model().objects.create_user("phuhuynh", password="MatKhau@2025")
    visitor = portal_client(school_a)
    assert visitor.get(urls[0]).status_code == 404
    assert visitor.get(urls[1]).status_code == 404
    assert visitor.get(urls[2]).status_code == 302  # Wagtail's page restriction: login first
    member = portal_client(school_a)
    with tenant_context(school_a):
        member.force_login(user)
    for url in urls:
        response = member.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_directives(response), url


def test_public_files_stay_cacheable(school_a, portal_client):
    with tenant_context(school_a):
        page, pdf, attachment = legal_document("14/CV-THCSCVA", publish=True)
        image = png_image("san-truong")
        rendition = image.get_rendition("fill-20x20")
        urls = (media_url(school_a, pdf), pdf.url, f"{page.base}xem/{attachment.pk}/")
        image_urls = (media_url(school_a, image), rendition.url)
    client = portal_client(school_a)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=3600", url
    for url in image_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Cache-Control"] == "public, max-age=86400", url


def test_image_in_restricted_collection_and_its_renditions_are_private(school_a, portal_client):
    with tenant_context(school_a):
        image = png_image("ho-so-hoc-sinh", private_collection("Ảnh nội bộ"))
        urls = (media_url(school_a, image), image.get_rendition("fill-20x20").url)
        user = get_user_model().objects.create_user("giaovien2", password="MatKhau@2025")
    visitor = portal_client(school_a)
    for url in urls:
        assert visitor.get(url).status_code == 302, url
    member = portal_client(school_a)
    with tenant_context(school_a):
        member.force_login(user)
    for url in urls:
        response = member.get(url)
        assert response.status_code == 200 and {"private", "no-store"} <= cache_directives(response), url


def test_files_without_owner_are_not_served(school_a, portal_client, settings):
    stray = settings.MEDIA_ROOT / school_a.schema_name / "imports" / "danh-sach.xlsx"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(b"PK\x03\x04 candidate list")
    assert portal_client(school_a).get(f"/media/{school_a.schema_name}/imports/danh-sach.xlsx").status_code == 404
