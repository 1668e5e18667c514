"""Slow or dead feed sources, a deleted, locked or unreadable search index, a full disk for uploads.

Pages still render in their usual time (feeds are fetched by the worker, never in a request, and the
fetch gives up at its deadline), search falls back to the database and says so, an upload that meets a
full disk is refused in Vietnamese with nothing half-stored.
"""

import errno
import socket
import threading
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tenants.utils import tenant_context
from wagtail.documents import get_document_model
from whoosh.index import LockError

from portal.feeds.models import FeedItem, FeedSource
from portal.feeds.refresh import refresh_source
from portal.personal_data.models import ConsentRecord
from portal.search import searchers, storage
from portal.search.worker import drain
from procedures.models import OnlineFormSubmission, SubmissionFile
from tests.procedures.procedures_helpers import add_online_form, form_post
from tests.search.conftest import add_page, container

FEED_TIMEOUT = 0.5
TITLE = "Kế hoạch tổ chức Hội khỏe Phù Đổng cấp trường"


# --- feeds: a source that accepts the connection and never answers --------------------------------


class BlackHole:
    """A TCP server on 127.0.0.1 that accepts every connection, reads nothing and never answers."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.accepted = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.accepted.append(conn)  # held open, never read, never answered

    def close(self):
        for conn in self.accepted:
            conn.close()
        self.sock.close()


@pytest.fixture
def black_hole():
    server = BlackHole()
    yield server
    server.close()


@pytest.fixture
def dead_source(district, black_hole, settings):
    settings.FEEDS_ALLOWED_PRIVATE_HOSTS = [f"127.0.0.1:{black_hole.port}"]
    with tenant_context(district):
        source = FeedSource.objects.create(
            title="Bộ GD&ĐT", url=f"http://127.0.0.1:{black_hole.port}/rss.xml", interval=1, show_on_home=True
        )
        FeedItem.objects.create(
            source=source, guid="cu-1", title="Hướng dẫn nhiệm vụ năm học đã tải trước đó", link="https://moet.gov.vn/1"
        )
    return source


def test_a_dead_feed_source_never_slows_a_page(district, dead_source, black_hole, portal_client):
    client = portal_client(district)
    client.get("/")  # first view: settings rows created
    started = time.monotonic()
    response = client.get("/")
    elapsed = time.monotonic() - started
    assert response.status_code == 200 and "Hướng dẫn nhiệm vụ năm học đã tải trước đó" in response.content.decode()
    assert black_hole.accepted == []  # no request fetched the feed
    assert elapsed < 2.0, elapsed


def test_the_worker_gives_up_on_a_dead_source_at_its_deadline_and_keeps_the_items(
    district, dead_source, black_hole, portal_client
):
    started = time.monotonic()
    with tenant_context(district):
        outcome = refresh_source(dead_source, timeout=FEED_TIMEOUT)
    elapsed = time.monotonic() - started
    assert black_hole.accepted  # the connection was accepted...
    assert outcome.status == "error" and outcome.error == "Quá thời gian chờ khi tải nguồn tin."  # ...never answered
    assert elapsed < FEED_TIMEOUT + 1.0, elapsed
    with tenant_context(district):
        dead_source.refresh_from_db()
        assert dead_source.error_count == 1 and FeedItem.objects.filter(source=dead_source).count() == 1
        assert dead_source.next_fetch_at() > timezone.now()  # backed off: not fetched again at once
    assert "Hướng dẫn nhiệm vụ năm học đã tải trước đó" in portal_client(district).get("/").content.decode()


# --- search: deleted, locked or unreadable index ------------------------------------------------


@pytest.fixture
def indexed(school_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True), tenant_context(school_a):
        add_page(container(), TITLE, "Các môn thi: điền kinh, bơi lội, cờ vua.")
    drain(schemas=[school_a.schema_name])
    searchers.discard()
    return school_a


def search_page(portal, portal_client):
    response = portal_client(portal).get("/tim-kiem/", {"q": "hội khỏe phù đổng"})
    assert response.status_code == 200
    return response.content.decode()


def test_search_page_says_nothing_while_the_index_is_healthy(indexed, portal_client):
    html = search_page(indexed, portal_client)
    assert "<mark>Phù</mark>" in html and "search-degraded" not in html


def test_a_deleted_index_falls_back_with_a_notice(indexed, portal_client):
    storage.remove_index(indexed.schema_name)
    html = search_page(indexed, portal_client)
    assert "<mark>Phù</mark>" in html and "Bộ tìm kiếm đang được bảo trì" in html


@pytest.mark.parametrize(
    "error",
    [LockError("index locked by another process"), PermissionError(errno.EACCES, "Permission denied")],
    ids=["whoosh-lock-error", "unreadable"],
)
def test_a_locked_or_unreadable_index_falls_back_with_a_notice(indexed, portal_client, monkeypatch, error):
    # As root nothing is unreadable, and Whoosh readers take no lock: the opening of the index is made to
    # raise what a permission problem or a lock-taking storage would raise.
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(storage.FileStorage, "open_index", refuse)
    html = search_page(indexed, portal_client)
    assert "<mark>Phù</mark>" in html and "Bộ tìm kiếm đang được bảo trì" in html


# --- uploads: the disk is full when the file is written ------------------------------------------


@pytest.fixture
def disk_full(monkeypatch):
    """Every file write fails with ENOSPC after the file was created (a partial file is left behind by
    Django's storage; ours must remove it). A real full disk (a tiny tmpfs) needs root mounts."""
    from django.core.files import locks

    def no_space(fd, flags):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(locks, "lock", no_space)


def files_under(portal):
    root = Path(settings.MEDIA_ROOT) / portal.schema_name
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []


def test_a_full_disk_refuses_an_online_form_in_vietnamese_and_keeps_nothing(school_a, portal_client, disk_full):
    with tenant_context(school_a):
        page = add_online_form()
    before = files_under(school_a)
    response = portal_client(school_a).post(page.address, form_post())
    html = response.content.decode()
    assert response.status_code == 507
    assert "Máy chủ tạm thời hết chỗ lưu trữ nên tệp của bạn chưa được lưu" in html
    assert "Nguyễn Văn An" in html  # the form keeps what was typed
    assert files_under(school_a) == before
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists() and not SubmissionFile.objects.exists()
        assert not ConsentRecord.objects.exists()


def test_a_full_disk_refuses_an_editors_upload_with_the_vietnamese_page(school_a, superuser_client, disk_full):
    admin = superuser_client(school_a)
    Document = get_document_model()
    with tenant_context(school_a):
        count = Document.objects.count()
    before = files_under(school_a)
    upload = SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
    response = admin.post("/admin/documents/add/", {"title": "Kế hoạch năm học", "file": upload, "collection": 1})
    assert response.status_code == 507
    assert "Nội dung và tệp bạn vừa gửi CHƯA được lưu" in response.content.decode()
    assert files_under(school_a) == before
    with tenant_context(school_a):
        assert Document.objects.count() == count


def test_a_full_disk_while_a_large_upload_is_spooled_gets_the_vietnamese_page(
    school_a, portal_client, settings, monkeypatch
):
    """Above ``FILE_UPLOAD_MAX_MEMORY_SIZE`` Django spools the upload to a temporary file before any view
    runs (the CSRF check reads the body): ENOSPC there reaches ``handler500``, which answers the 507 page."""
    from django.core.files import uploadedfile

    class FullTemporaryFile:
        def __init__(self, *args, **kwargs):
            self.name = "/tmp/het-cho"

        def write(self, data):
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self):
            pass

    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1024
    monkeypatch.setattr(uploadedfile.tempfile, "NamedTemporaryFile", FullTemporaryFile)
    with tenant_context(school_a):
        page = add_online_form()
    big = SimpleUploadedFile("Giấy khám bệnh.pdf", b"%PDF-1.4\n" + b"0" * 50_000, content_type="application/pdf")
    client = portal_client(school_a, raise_request_exception=False)
    response = client.post(page.address, form_post(giay_to_kem_theo=big))
    assert response.status_code == 507
    assert "Nội dung và tệp bạn vừa gửi CHƯA được lưu" in response.content.decode()
    with tenant_context(school_a):
        assert not OnlineFormSubmission.objects.exists()
