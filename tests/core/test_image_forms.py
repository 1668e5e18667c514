"""Uploading an image asks for its description, which becomes its alt text (issue 22 item 12)."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django_tenants.utils import tenant_context
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from portal.core.blocks import ImageBlock
from portal.core.image_forms import DESCRIPTION_IS_FILE_NAME, DESCRIPTION_REQUIRED


def png(name="IMG_2034.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 360), (30, 120, 60)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def editor(school_a, portal_client):
    with tenant_context(school_a):
        user = get_user_model().objects.create_superuser("bbt", "bbt@ptdm.edu.vn", "MatKhau@2025")
        client = portal_client(school_a)
        client.force_login(user)
        collection = Collection.objects.get(depth=1).pk
    return client, collection


def upload(client, collection, url="/admin/images/add/", **fields):
    return client.post(url, {"title": "IMG_2034", "file": png(), "collection": collection, **fields})


@pytest.mark.parametrize(
    ("description", "message"),
    [("", DESCRIPTION_REQUIRED), ("IMG_2034", DESCRIPTION_IS_FILE_NAME), ("anh.jpg", DESCRIPTION_IS_FILE_NAME)],
)
def test_an_image_without_a_real_description_is_refused_in_vietnamese(school_a, editor, description, message):
    client, collection = editor
    response = upload(client, collection, description=description)
    assert response.status_code == 200
    assert message in response.content.decode()
    with tenant_context(school_a):
        assert not get_image_model().objects.exists()


def chooser_upload(client, collection, **fields):
    data = {"title": "IMG_2034", "file": png(), "collection": collection, **fields}
    prefixed = {f"image-chooser-upload-{key}": value for key, value in data.items()}
    return client.post("/admin/images/chooser/create/", prefixed).json()


def test_the_page_choosers_upload_asks_for_it_too(school_a, editor):
    client, collection = editor
    answer = chooser_upload(client, collection)
    assert answer["step"] != "chosen" and DESCRIPTION_REQUIRED in str(answer)
    assert chooser_upload(client, collection, description="Học sinh trồng cây")["step"] == "chosen"


def test_the_description_is_the_alt_text(school_a, editor):
    client, collection = editor
    assert upload(client, collection, description="Học sinh trồng cây trong sân trường").status_code == 302
    with tenant_context(school_a):
        image = get_image_model().objects.get()
        assert image.default_alt_text == "Học sinh trồng cây trong sân trường"
        value = ImageBlock().to_python({"image": image.pk, "alt_text": "", "caption": "Ngày hội", "attribution": ""})
        html = render_to_string("blocks/image_block.html", {"value": value})
    assert 'alt="Học sinh trồng cây trong sân trường"' in html
