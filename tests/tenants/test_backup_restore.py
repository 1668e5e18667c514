"""Issue 14 item 10: a portal saved to one archive and brought back, under a new name and into an empty
database, with nothing lost; an archive whose checksums do not match is refused before anything is written.

The portal is provisioned and filled *committed* (pg_dump reads another session), so these tests run
outside the per-test transaction and remove what they made.
"""

import hashlib
import io
import shutil
import tarfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils.html import strip_tags
from django_tenants.utils import schema_context, tenant_context
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision

from tenants.backup import BackupError, _version_of, backup_portal, pg_program, restore_portal, server_major
from tenants.models import Portal

NAME = "Trường Tiểu học Sao Mai"
COPY = "thsaomaitdm_ban_sao"
WORD = "khinh khí cầu"


def _drop(schema):
    with schema_context("public"):
        Portal.objects.filter(schema_name=schema).delete()
        with connection.cursor() as cursor:
            cursor.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    from portal.search.storage import remove_index

    shutil.rmtree(Path(settings.MEDIA_ROOT) / schema, ignore_errors=True)
    remove_index(schema)  # the live index is a symlink into .versions/ (portal.search.storage)
    shutil.rmtree(Path(settings.SEARCH_ROOT) / schema, ignore_errors=True)  # a restored plain folder


def state(portal):
    """What must survive: pages, revisions, documents, users, files (by checksum), search hits."""
    from portal.search.service import run_search

    with tenant_context(portal):
        facts = {
            "pages": sorted(Page.objects.values_list("url_path", "title", "live")),
            "revisions": Revision.objects.count(),
            "documents": sorted(get_document_model().objects.values_list("title", "file")),
            "users": sorted(get_user_model().objects.values_list("username", "password")),
        }
    media = Path(settings.MEDIA_ROOT) / portal.schema_name
    facts["files"] = sorted(
        (path.relative_to(media).as_posix(), hashlib.sha256(path.read_bytes()).hexdigest())
        for path in media.rglob("*")
        if path.is_file()
    )
    facts["search"] = sorted(strip_tags(hit.title_html) for hit in run_search(portal, "khinh khi cau").hits)
    return facts


@pytest.fixture(scope="module")
def saved(django_db_setup, django_db_blocker, tmp_path_factory):
    """A committed school with a user, a document file and a published page, indexed; and its archive."""
    from portal.core.models import HomePage, SectionPage
    from portal.search.indexing import rebuild_portal
    from tenants.provisioning import provision_portal

    with django_db_blocker.unblock():
        _drop("thsaomaitdm")
        portal = provision_portal(NAME, level="th", address="Số 5 Yersin")
        with tenant_context(portal):
            get_user_model().objects.create_user("bientapsaomai", "bt@ptdm.edu.vn", "MatKhau@2025")
            document = get_document_model()(title="Kế hoạch bay khinh khí cầu")
            document.file.save("ke-hoach.txt", ContentFile("Kế hoạch hoạt động trải nghiệm.".encode()), save=True)
            page = SectionPage(title=f"Ngày hội {WORD}", slug="ngay-hoi", body=f"<p>Học sinh thả {WORD}.</p>")
            HomePage.objects.get().add_child(instance=page)
            page.save_revision().publish()
        rebuild_portal(portal, mirror=False)
        portal = Portal.objects.prefetch_related("domains").get(pk=portal.pk)
        started = time.monotonic()
        archive = backup_portal(portal, tmp_path_factory.mktemp("sao-luu"))
        seconds = time.monotonic() - started
        yield portal, archive, seconds
        _drop(portal.schema_name)
        _drop(COPY)
        connection.set_schema_to_public()


@pytest.mark.django_db  # also makes pytest-django create the test database when this module runs alone
def test_the_client_programs_match_the_servers_major_version():
    for name in ("pg_dump", "psql"):
        assert _version_of(Path(pg_program(name))) == server_major()


def test_round_trip_under_a_new_name_and_into_an_empty_database(saved, django_db_blocker, capsys):
    portal, archive, backup_seconds = saved
    with django_db_blocker.unblock():
        before = state(portal)
        assert before["search"] == [f"Ngày hội {WORD}"] and before["files"] and before["documents"]
        copy = restore_portal(archive, new_schema=COPY)
        assert copy.portal.primary_hostname == f"{COPY}.edu.vn" and state(copy.portal) == before
        assert state(portal) == before  # the running portal was set aside and back, untouched
        _drop(portal.schema_name)
        call_command("restore_portal", str(archive))
        again = Portal.objects.prefetch_related("domains").get(schema_name=portal.schema_name)
        assert again.name == NAME and again.primary_hostname == portal.primary_hostname
        assert state(again) == before
        with tenant_context(again):
            from wagtail.models import Site

            assert Site.objects.get().hostname == portal.primary_hostname
    with capsys.disabled():
        print(
            f"\n[backup] {archive.stat().st_size / 1024:.0f} KB in {backup_seconds:.1f} s; restore {copy.seconds:.1f} s"
        )


def test_a_tampered_archive_is_refused_and_nothing_is_written(saved, django_db_blocker, tmp_path):
    _, archive, _ = saved
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive, "r:gz") as source, tarfile.open(tampered, "w:gz") as target:
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if member.name.startswith("media/"):
                data = data.replace("trải nghiệm".encode(), "TRẢI NGHIỆM".encode())
                member.size = len(data)
            target.addfile(member, io.BytesIO(data))
    with django_db_blocker.unblock():
        with pytest.raises(BackupError, match="không toàn vẹn: mã kiểm tra SHA-256 của “media/documents/"):
            restore_portal(tampered, new_schema="thsaomai_hong")
        with pytest.raises(CommandError, match="Không khôi phục gì"):
            call_command("restore_portal", str(tampered), "--as", "thsaomai_hong")
        assert not Portal.objects.filter(schema_name="thsaomai_hong").exists()
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = 'thsaomai_hong'")
            assert cursor.fetchone() is None
        with pytest.raises(BackupError, match="đã có trong cơ sở dữ liệu"):
            restore_portal(archive)  # the original is there: refused, not overwritten
