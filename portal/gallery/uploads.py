"""Many photos into an album at once: a multiple file input with drag and drop in the admin.

Why our own screen next to Wagtail's multiple uploader: the album must receive the photos in the order
they were chosen, with a caption each, without the editor picking them one by one in the image chooser.
Each file is checked by Wagtail's own image field (format, bytes, pixels: ``WAGTAILIMAGES_*`` limits),
becomes a Wagtail image in the portal's library (its description, the alt text, is the caption or
"<album> – ảnh N") and a row of the album's *latest revision*, saved as a new draft revision: the album
then goes through the editorial board's workflow like any other change. A bad file is named with its
error in Vietnamese and the good ones are still added.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.models import Collection

from portal.gallery.models import AlbumPage, AlbumPhoto
from portal.text import nfc

FIELD = "photos"
MAX_FILES = 100
TOO_MANY = "Mỗi lần tải tối đa {limit} ảnh; bạn đã chọn {count} ảnh."
NO_FILES = "Hãy chọn hoặc kéo thả ít nhất một ảnh."


def add_photos(page, files, captions, user):
    """Add ``files`` to the album's latest revision; returns ``(added, errors)``. Saves one revision."""
    album = page.get_latest_revision_as_object()
    Image = get_image_model()
    collection = Collection.get_first_root_node()
    field = WagtailImageField()
    existing = list(album.photos.all())
    position = max((photo.sort_order or 0 for photo in existing), default=-1) + 1
    added, errors, rows = 0, [], list(existing)
    for index, upload in enumerate(files):
        try:
            field.clean(upload)
        except ValidationError as error:
            errors.append(f"Ảnh “{upload.name}”: {' '.join(error.messages)}")
            continue
        upload.seek(0)
        caption = nfc(" ".join((captions[index] if index < len(captions) else "").split()))[:255]
        number = position + added + 1
        image = Image(
            title=caption or f"{album.title} – ảnh {number}",
            description=caption or f"{album.title} – ảnh {number}",
            file=upload,
            collection=collection,
            uploaded_by_user=user,
        )
        image._set_image_file_metadata()
        image.save()
        rows.append(AlbumPhoto(image=image, caption=caption, sort_order=position + added))
        added += 1
    if added:
        album.photos = rows
        album.save_revision(user=user, log_action=True)
    return added, errors


def upload_view(request, page_id):
    page = get_object_or_404(AlbumPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied("Bạn không có quyền sửa album này.")
    errors = []
    if request.method == "POST":
        files = request.FILES.getlist(FIELD)
        if not files:
            errors.append(NO_FILES)
        elif len(files) > MAX_FILES:
            errors.append(TOO_MANY.format(limit=MAX_FILES, count=len(files)))
        else:
            added, errors = add_photos(page, files, request.POST.getlist("caption"), request.user)
            if added:
                messages.success(
                    request,
                    f"Đã thêm {added} ảnh vào bản nháp của album “{page.title}”. Mở album để sửa chú thích, "
                    "thứ tự, chọn ảnh bìa rồi gửi duyệt hoặc xuất bản.",
                )
                if not errors:
                    return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    return TemplateResponse(
        request,
        "gallery/admin/upload.html",
        {"page": page, "errors": errors, "field": FIELD, "max_files": MAX_FILES},
        status=400 if errors else 200,
    )
