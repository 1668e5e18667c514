"""The admin form every portal page type builds on.

Why: Wagtail fills the slug in the browser from the title only; a page whose natural slug comes from
another field (a document's số ký hiệu) was left with an empty, required slug, and the only trace of the
error was a red count on the "Quảng bá" tab. Here the slug may be left empty (``BasePage.full_clean``
builds it from the page's ``slug_source``), and an error on a tab other than the first is also named in
the message at the top of the page, which Wagtail shows whatever tab the editor is looking at.

Two more Wagtail/modelcluster behaviours corrected here, so that every page type gets the fix:

- modelcluster's child formset numbers the ``sort_order`` of every inline row but hands only the
  *changed* rows to the relation; rows the editor did not touch kept whatever the database held (NULL
  for rows created by code), so editing one vice-principal's phone put her above the principal
  (PostgreSQL sorts NULL last). Every kept row is handed over with the position it has on screen.
- Wagtail checks the slug's availability before ``BasePage`` folds it to ASCII, so a Unicode slug
  (``tin-mới``) passed and clashed with ``tin-moi`` on save: a 500. The slug is checked as it will be
  saved, and a clash is a form error naming the other page, in Vietnamese.
https://docs.wagtail.org/en/stable/reference/pages/panels.html#customising-generated-forms
"""

from django.forms.forms import NON_FIELD_ERRORS
from django.utils.html import format_html
from wagtail.admin.forms import WagtailAdminPageForm

SLUG_TAKEN = "Đường dẫn “{slug}” đã được dùng cho trang “{title}” trong cùng chuyên mục."
SLUG_TAKEN_HINT = (
    "Không thể lưu vì đã có trang “{title}” với cùng đường dẫn ({slug}) trong chuyên mục này. "
    "Hãy đổi tiêu đề hoặc sửa ô “Đường dẫn” ở thẻ “Quảng bá”; nếu đó là bản nháp cũ, hãy mở và sửa bản nháp đó."
)


def fields_by_tab(model):
    """``{field name: tab heading}`` for the tabs after the first one of a page type's edit handler."""
    handler = model.get_edit_handler()
    tabs = getattr(handler, "children", [])
    located = {}
    for tab in tabs[1:]:
        for name in tab.get_form_options().get("fields", []):
            located.setdefault(name, str(tab.heading))
    return located


def keep_inline_order(instance, formsets):
    """Hand every kept row of each orderable formset to its relation, numbered as the editor sees them."""
    for formset in formsets.values():
        sort_order_field = getattr(formset.model, "sort_order_field", None)
        if not (sort_order_field and formset.can_order and hasattr(formset, "rel_name")):
            continue
        rows = [form.instance for form in formset.ordered_forms]
        for position, row in enumerate(rows):
            setattr(row, sort_order_field, position)
        if rows:
            getattr(instance, formset.rel_name).add(*rows)


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

    def clean(self):
        # Imported here: portal.core.models.base imports this module for BasePage.base_form_class.
        from portal.core.models.base import ascii_page_slug

        slug = self.cleaned_data.get("slug")
        if slug and self.parent_page is not None:
            slug = ascii_page_slug(slug)
            clash = self.parent_page.get_children().filter(slug=slug)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            other = clash.first()
            if other is not None:
                title = other.get_admin_display_title()
                self.add_error("slug", SLUG_TAKEN.format(slug=slug, title=title))
                self.add_error(None, format_html(SLUG_TAKEN_HINT, title=title, slug=slug))
                # Wagtail's own check would add a second, English message for the same clash.
                self.cleaned_data.pop("slug", None)
        return super().clean()

    def save(self, commit=True):
        instance = super().save(commit=False)
        keep_inline_order(instance, self.formsets)
        if commit:
            instance.save()
            self.save_m2m()
        return instance
