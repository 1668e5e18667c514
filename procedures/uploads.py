"""Files the public attaches to a form: checked like legal documents, stored privately, served to staff only.

Why the documents' rules: the same threats (an ``.pdf`` that is HTML, a program, a 2 GB upload) reach
the portal through a public form as through an editor, more so. ``documents.safety.check_file`` reads the
real content, the extension and the size. Stored files get a random name under ``ho-so-nop/``, a folder
``/media/`` never serves (``portal.core.views`` serves only files a document or image owns); staff
download them through :func:`serve_submission_file`, private and never cached (``portal.core.privacy``).
"""

import os

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.http import FileResponse, Http404

from documents.safety import CONTENT_TYPES, check_file, human_size, max_upload_size, safe_filename
from portal.core import privacy


class SafeFileField(forms.FileField):
    """A form file field that accepts only what a legal-document attachment may be."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "help_text",
            f"PDF, Word, Excel hoặc ODT, tối đa {human_size(max_upload_size())}.",
        )
        super().__init__(*args, **kwargs)
        self.widget.attrs.setdefault("accept", ".pdf,.doc,.docx,.xls,.xlsx,.odt")

    def clean(self, data, initial=None):
        upload = super().clean(data, initial)
        if upload:
            if upload.size > max_upload_size():
                raise ValidationError(
                    f"Tệp “{os.path.basename(upload.name)}” vượt quá giới hạn {human_size(max_upload_size())}."
                )
            content = b"".join(upload.chunks())
            check_file(upload.name, content)
            upload.checked_content = content
        return upload


def stored_file(upload):
    """A ``ContentFile`` of an already checked upload, under its safe ASCII name."""
    content = getattr(upload, "checked_content", None)
    if content is None:
        content = b"".join(upload.chunks())
    return ContentFile(content, name=safe_filename(upload.name, fallback="tep"))


def serve_submission_file(request, submission_file):
    """The file as an attachment, private (``Cache-Control: private, no-store``), with nosniff."""
    name = submission_file.file.name
    try:
        handle = submission_file.file.storage.open(name, "rb")
    except OSError as error:
        raise Http404(privacy.NOT_FOUND) from error
    extension = name.rsplit(".", 1)[-1].lower()
    response = FileResponse(
        handle,
        as_attachment=True,
        filename=safe_filename(submission_file.original_name, fallback="tep"),
        content_type=CONTENT_TYPES.get(extension, "application/octet-stream"),
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return privacy.set_cache(response, private=True)
