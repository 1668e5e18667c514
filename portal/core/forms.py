"""The admin form every portal page type builds on.

Why: Wagtail fills the slug in the browser from the title only; a page whose natural slug comes from
another field (a document's số ký hiệu) was left with an empty, required slug, and the only trace of the
error was a red count on the "Quảng bá" tab. Here the slug may be left empty (``BasePage.full_clean``
builds it from the page's ``slug_source``), and an error on a tab other than the first is also named in
the message at the top of the page, which Wagtail shows whatever tab the editor is looking at.
https://docs.wagtail.org/en/stable/reference/pages/panels.html#customising-generated-forms
"""

from django.forms.forms import NON_FIELD_ERRORS
from wagtail.admin.forms import WagtailAdminPageForm


def fields_by_tab(model):
    """``{field name: tab heading}`` for the tabs after the first one of a page type's edit handler."""
    handler = model.get_edit_handler()
    tabs = getattr(handler, "children", [])
    located = {}
    for tab in tabs[1:]:
        for name in tab.get_form_options().get("fields", []):
            located.setdefault(name, str(tab.heading))
    return located


class BasePageForm(WagtailAdminPageForm):
    def __init__(self, *args, parent_page=None, **kwargs):
        super().__init__(*args, parent_page=parent_page, **kwargs)
        if parent_page is not None:
            # Lets the page pick a free slug among its future siblings while it validates.
            self.instance._parent_hint = parent_page
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = (
                "Để trống để tạo tự động từ "
                f"{self._meta.model.slug_source_label()} (chữ không dấu, nối bằng gạch ngang)."
            )

    def full_clean(self):
        super().full_clean()
        if not self.is_bound or not self._errors:
            return
        elsewhere = {}
        located = fields_by_tab(self._meta.model)
        for name in self._errors:
            if name != NON_FIELD_ERRORS and name in located:
                label = self.fields[name].label if name in self.fields else name
                elsewhere.setdefault(located[name], []).append(str(label))
        for tab, labels in elsewhere.items():
            # A non-field error makes Wagtail list every error, with its field's label, in the top message.
            self._errors.setdefault(NON_FIELD_ERRORS, self.error_class(error_class="nonfield")).append(
                f"Thẻ “{tab}” có trường chưa hợp lệ: {', '.join(labels)}. Mở thẻ “{tab}” để sửa."
            )
