"""Files of the old site: find them in its uploads folder and re-upload them into the portal's media.

NukeViet stores a module's files under ``uploads/<module>/`` (``uploads/<site>/<module>/`` for a
sub-site): ``homeimgfile`` and ``files`` hold paths relative to that folder (``2017_04/anh.jpg``), the
body HTML holds addresses (``/uploads/news/2017_04/anh.jpg``, ``http://<site>.tptdm.edu.vn/uploads/<site>/
news/...``). A file that is not there is noted in the report; the item is still imported.
"""

import hashlib
import io
import os
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from documents.safety import check_file, safe_filename
from documents.storage import store_document

IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
_OLD_PAGE = re.compile(r"^/(?:[\w-]+/)?(?:[\w-]+/[\w-]+-\d+\.html|[\w-]+/detail/[\w-]+/?|page/[\w-]+\.html)$")


class Uploads:
    """The old site's uploads folder, with what this run stored (to delete if an item rolls back)."""

    def __init__(self, root, site_dir=""):
        self.root = Path(root).resolve() if root else None
        self.site_dir = site_dir.strip("/")

    def relative(self, address):
        """The path under ``uploads/`` of an address, or None for an address elsewhere."""
        path = unquote(urlsplit(address).path or "")
        marker = path.find("uploads/")
        if marker < 0:
            return None
        rest = posixpath.normpath(path[marker + len("uploads/") :])
        if self.site_dir and rest.startswith(self.site_dir + "/"):
            rest = rest[len(self.site_dir) + 1 :]
        return None if rest.startswith("..") else rest

    def read(self, relative):
        """Bytes of ``uploads/[site/]relative``, or None if missing or outside the folder."""
        if self.root is None or not relative:
            return None
        for base in ([self.root / self.site_dir] if self.site_dir else []) + [self.root]:
            path = (base / relative).resolve()
            if path.is_relative_to(self.root) and path.is_file():
                return path.read_bytes()
        return None


class Resolver:
    """Turns one item's old addresses into portal images, documents and links; collects notes."""

    def __init__(self, uploads, module, dry_run=False):
        self.uploads = uploads
        self.module = module
        self.dry_run = dry_run
        self.notes = []
        self.stored = []  # storage names written for this item (deleted if it rolls back)

    def module_path(self, name):
        """A ``files``/``homeimgfile`` value (relative to the module's folder, or an address)."""
        if "uploads/" in name or name.startswith(("http://", "https://", "/")):
            return self.uploads.relative(name)
        return posixpath.join(self.module, name.lstrip("/"))

    def image_at(self, relative, title=""):
        data = self.uploads.read(relative)
        if data is None:
            self.notes.append(f"Không tìm thấy ảnh “{relative}” trong thư mục uploads.")
            return None
        if self.dry_run:
            return None
        Image = get_image_model()
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324 (Wagtail's own file_hash is SHA-1)
        existing = Image.objects.filter(file_hash=digest).first()
        if existing is not None:
            return existing
        name = safe_filename(os.path.basename(relative), fallback="anh")
        image = Image(
            title=(title or os.path.splitext(os.path.basename(relative))[0])[:255],
            file=ImageFile(io.BytesIO(data), name=name),
            file_size=len(data),
            file_hash=digest,
        )
        try:
            with transaction.atomic():
                image.save()
        except Exception as error:  # noqa: BLE001 (Pillow/Willow raise many kinds for a broken image)
            self.notes.append(f"Ảnh “{relative}” hỏng, không đọc được ({error.__class__.__name__}).")
            return None
        self.stored.append(image.file.name)
        return image

    def image(self, src):
        relative = self.uploads.relative(src) if src else None
        if relative is None:
            if src:
                self.notes.append(f"Ảnh ngoài trang giữ nguyên liên kết, không tải về: {src[:200]}")
            return None
        return self.image_at(relative)

    def document_at(self, relative, title=""):
        data = self.uploads.read(relative)
        name = os.path.basename(relative)
        if data is None:
            self.notes.append(f"Không tìm thấy tệp “{relative}” trong thư mục uploads.")
            return None
        try:
            check_file(name, data)
        except Exception as error:  # noqa: BLE001 (ValidationError with a Vietnamese message)
            self.notes.append(" ".join(getattr(error, "messages", [str(error)])))
            return None
        if self.dry_run:
            return None
        Document = get_document_model()
        digest = hashlib.sha1(data).hexdigest()  # noqa: S324
        existing = Document.objects.filter(file_hash=digest).first()
        if existing is not None:
            return existing
        document = store_document(title or os.path.splitext(name)[0], name, data)
        self.stored.append(document.file.name)
        return document

    def href(self, href):
        """A link of the body: a file in uploads becomes a document; an old page address becomes a path."""
        href = (href or "").strip()
        if not href or href.lower().startswith(("javascript:", "data:", "vbscript:")):
            return "", None
        relative = self.uploads.relative(href)
        if relative is not None and os.path.splitext(relative)[1].lower() not in IMAGE_EXTENSIONS:
            document = self.document_at(relative)
            if document is not None:
                return "", document
            return "", None
        path = urlsplit(href).path
        if _OLD_PAGE.match(path or ""):
            return path, None  # answered with a 301 to the imported page (nukeviet_import.views)
        return href, None

    def discard(self):
        for name in self.stored:
            default_storage.delete(name)
        self.stored.clear()
