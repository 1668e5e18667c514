"""Albums and videos: many photos uploaded at once, the album page, the allow-list of embeds, the home box."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django_tenants.utils import tenant_context
from PIL import Image as PILImage

from portal.gallery.embeds import NOT_ALLOWED, parse_embed
from portal.gallery.models import AlbumPage, GalleryIndexPage, VideoPage


def jpeg(name, colour):
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), colour).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def new_album(portal, slug="hoi-trai"):
    with tenant_context(portal):
        index = GalleryIndexPage.objects.get()
        album = AlbumPage(title="Hội trại 26/3", slug=slug, date="2026-03-26")
        index.add_child(instance=album)
        album.save_revision().publish()
        return album.pk


def test_several_photos_uploaded_at_once_become_the_album_in_order(school_a, superuser_client, portal_client):
    album_id = new_album(school_a)
    client = superuser_client(school_a)
    files = [jpeg("a.jpg", (200, 0, 0)), jpeg("b.jpg", (0, 200, 0)), jpeg("c.jpg", (0, 0, 200))]
    bad = SimpleUploadedFile("khong-phai-anh.jpg", b"not an image", content_type="image/jpeg")
    response = client.post(
        f"/admin/album/{album_id}/tai-anh/",
        {"photos": [*files, bad], "caption": ["Dựng trại", "Thi nấu cơm", "Lửa trại", ""]},
    )
    assert response.status_code == 400  # the bad file is named; the three good ones are added
    assert "Ảnh “khong-phai-anh.jpg”" in response.content.decode()
    with tenant_context(school_a):
        album = AlbumPage.objects.get(pk=album_id)
        draft = album.get_latest_revision_as_object()
        assert [photo.caption for photo in draft.photos.all()] == ["Dựng trại", "Thi nấu cơm", "Lửa trại"]
        assert album.photos.count() == 0  # a draft: the workflow publishes it
        assert draft.photos.all()[0].image.description == "Dựng trại"
        draft.save_revision().publish()
    html = portal_client(school_a).get("/thu-vien-anh/hoi-trai/").content.decode()
    assert html.count('class="photo-link"') == 3 and "Thi nấu cơm" in html
    assert "js/lightbox.js" in html and "srcset=" in html and "<script>" not in html
    # The home page shows the album in the gallery box; the other school does not.
    assert "Hội trại 26/3" in portal_client(school_a).get("/").content.decode()


def test_upload_is_refused_without_files_or_rights(school_a, superuser_client):
    album_id = new_album(school_a, "trong")
    response = superuser_client(school_a).post(f"/admin/album/{album_id}/tai-anh/", {})
    assert response.status_code == 400 and "Hãy chọn hoặc kéo thả" in response.content.decode()


@pytest.mark.parametrize(
    ("url", "player"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&autoplay=1",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0",
        ),
        ("youtu.be/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?rel=0"),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?dnt=1"),
    ],
)
def test_allowed_embeds_get_our_own_player_address_without_autoplay(url, player):
    assert parse_embed(url).player_url == player


@pytest.mark.parametrize(
    "url",
    [
        "https://www.dailymotion.com/video/x8abcd",
        "https://www.facebook.com/watch/?v=123",
        "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
        "javascript:alert(1)//youtube.com",
    ],
)
def test_an_embed_from_a_provider_not_on_the_allow_list_is_refused(school_a, url):
    with pytest.raises(ValidationError) as error:
        parse_embed(url)
    assert error.value.messages == [NOT_ALLOWED]
    with tenant_context(school_a):
        video = VideoPage(title="Video", slug="v", date="2026-01-01", embed_url=url)
        with pytest.raises(ValidationError) as page_error:
            video.full_clean(exclude=["path", "depth"])
        assert list(page_error.value.message_dict) == ["embed_url"]


def test_embedded_video_page_never_autoplays(school_a, portal_client):
    with tenant_context(school_a):
        index = GalleryIndexPage.objects.get()
        video = VideoPage(title="Văn nghệ", slug="van-nghe", date="2026-01-01", embed_url="https://vimeo.com/76979871")
        video.full_clean(exclude=["path", "depth"])
        index.add_child(instance=video)
        video.save_revision().publish()
    html = portal_client(school_a).get("/thu-vien-anh/van-nghe/").content.decode()
    assert 'src="https://player.vimeo.com/video/76979871?dnt=1"' in html
    assert "autoplay" not in html.split("<main", 1)[1].split("</main>", 1)[0].replace('allow="', "")


def test_uploaded_video_is_size_checked_and_served_only_through_its_page(school_a, portal_client, settings):
    from django.core.files.base import ContentFile

    settings.GALLERY_VIDEO_MAX_UPLOAD_SIZE = 1024
    with tenant_context(school_a):
        big = VideoPage(title="Lớn", slug="lon", date="2026-01-01")
        big.video_file = SimpleUploadedFile("lon.mp4", b"0" * 2048, content_type="video/mp4")
        with pytest.raises(ValidationError) as error:
            big.full_clean(exclude=["path", "depth"])
        assert "giới hạn là 0 MB" in str(error.value) or "quá lớn" in str(error.value)
        odd = VideoPage(title="Lạ", slug="la", date="2026-01-01")
        odd.video_file = SimpleUploadedFile("la.avi", b"0" * 10, content_type="video/avi")
        with pytest.raises(ValidationError):
            odd.full_clean(exclude=["path", "depth"])
        video = VideoPage(title="Văn nghệ 20/11", slug="van-nghe-20-11", date="2026-11-20")
        video.video_file.save("van-nghe.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42" + b"0" * 100), save=False)
        GalleryIndexPage.objects.get().add_child(instance=video)
        video.save_revision().publish()
        stored = video.video_file.name
    client = portal_client(school_a)
    html = client.get("/thu-vien-anh/van-nghe-20-11/").content.decode()
    assert (
        '<video controls preload="metadata"' in html and "autoplay" not in html.split("<video", 1)[1].split(">", 1)[0]
    )
    response = client.get("/thu-vien-anh/van-nghe-20-11/tep/")
    assert response.status_code == 200 and response["Content-Type"] == "video/mp4"
    assert "public" in response["Cache-Control"]
    assert client.get(f"/media/{school_a.schema_name}/{stored}").status_code == 404  # never a bare media file
