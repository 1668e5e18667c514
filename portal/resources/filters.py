"""The public filter of a resource index: type, subject, grade and a text query without diacritics.

Why a Django form: it validates the query string (an unknown subject is ignored, not a 500) and
renders the grouped choices as <optgroup>.
"""

from django import forms

from portal.resources.choices import GRADE_CHOICES, GRADES, SUBJECT_CHOICES, SUBJECTS, ResourceType
from portal.text import fold, nfc

ALL = [("", "Tất cả")]


def search_key(*texts):
    """Lowercase, diacritic-free text so that ``toan lop 6`` finds ``Toán lớp 6`` (and hoà = hòa)."""
    text = " ".join(part for part in texts if part)
    return " ".join(fold(nfc(text)).lower().split())


class ResourceFilterForm(forms.Form):
    q = forms.CharField(label="Từ khóa", required=False, max_length=100)
    type = forms.ChoiceField(label="Loại tài nguyên", required=False, choices=ALL + list(ResourceType.choices))
    subject = forms.ChoiceField(label="Môn học / lĩnh vực", required=False, choices=ALL + SUBJECT_CHOICES)
    grade = forms.ChoiceField(label="Khối lớp / lứa tuổi", required=False, choices=ALL + GRADE_CHOICES)

    def __init__(self, data=None, **kwargs):
        super().__init__(data, auto_id="loc-%s", **kwargs)
        self.fields["q"].widget.input_type = "search"
        self.fields["q"].widget.attrs.update({"placeholder": "Gõ có dấu hoặc không dấu"})

    def values(self):
        """The valid filter values (an invalid field counts as not filtered)."""
        self.is_valid()
        cleaned = getattr(self, "cleaned_data", {})
        return {name: cleaned.get(name) or "" for name in ("q", "type", "subject", "grade")}


def query_terms(text):
    return search_key(text).split()


def filter_resources(queryset, values):
    """Apply the filter to a ResourcePage queryset (folded terms must all occur)."""
    if values["type"]:
        queryset = queryset.filter(resource_type=values["type"])
    if values["subject"]:
        queryset = queryset.filter(subject=values["subject"])
    if values["grade"]:
        queryset = queryset.filter(grade=values["grade"])
    for term in query_terms(values["q"]):
        queryset = queryset.filter(search_key__contains=term)
    return queryset


def filter_shared_items(items, values):
    """Apply the same filter to projected items of the district library (PublishedItem rows).

    The projection's summary is the resource's meta line ("Sách điện tử · Toán · Lớp 6"), written by
    ``portal.resources.projection``; labels are compared whole, never as substrings.
    """
    wanted = {
        label
        for label in (
            dict(ResourceType.choices).get(values["type"]),
            SUBJECTS.get(values["subject"]),
            GRADES.get(values["grade"]),
        )
        if label
    }
    terms = query_terms(values["q"])
    result = []
    for item in items:
        labels = {part.strip() for part in (item.summary or "").split("·")}
        if not wanted <= labels:
            continue
        key = search_key(item.title, item.summary)
        if all(term in key for term in terms):
            result.append(item)
    return result
