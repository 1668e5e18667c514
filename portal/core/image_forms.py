"""Image form of the admin (``WAGTAILIMAGES_IMAGE_FORM_BASE``): a description is required.

Why: the description is the image's alt text on the public pages (``Image.default_alt_text``); without
it the alt text fell back to the title, which Wagtail fills from the file name ("IMG_2034"). Asking
for it at upload (the page's chooser, the library, the multiple uploader's edit step) is the only
moment the uploader knows what the picture shows. A custom image model would be heavier for the same.
"""

from wagtail.images.forms import BaseImageForm

DESCRIPTION_LABEL = "Mô tả ảnh"
DESCRIPTION_HELP = (
    "Một câu nói ảnh có gì, ví dụ “Học sinh trồng cây trong sân trường”. Người khiếm thị nghe câu này "
    "thay cho ảnh; nó cũng hiện ra khi ảnh không tải được."
)
DESCRIPTION_REQUIRED = "Vui lòng mô tả ảnh bằng một câu (ví dụ “Học sinh trồng cây trong sân trường”)."
DESCRIPTION_IS_FILE_NAME = "Mô tả ảnh không được là tên tệp; hãy viết một câu nói ảnh có gì."


class PortalImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("description")
        if field is not None:
            field.required = True
            field.label = DESCRIPTION_LABEL
            field.help_text = DESCRIPTION_HELP
            field.error_messages["required"] = DESCRIPTION_REQUIRED

    def clean_description(self):
        description = " ".join((self.cleaned_data.get("description") or "").split())
        upload = self.cleaned_data.get("file") or getattr(self.instance, "file", None)
        names = {getattr(upload, "name", "") or ""}
        stems = {name.rsplit("/", 1)[-1].rsplit(".", 1)[0].casefold() for name in names if name}
        if description and (description.casefold() in stems or "." in description and " " not in description):
            self.add_error("description", DESCRIPTION_IS_FILE_NAME)
        return description
