"""Read a Wagtail admin form from its HTML the way a browser submits it, for tests that POST it back.

Fields rendered by JavaScript (StreamField) are not in the HTML: a test supplies them. Inline-panel
templates (``__prefix__``) and unchecked boxes are left out, as a browser leaves them out.
"""

from bs4 import BeautifulSoup


def form_fields(html, form_id="page-edit-form"):
    """``{name: value}`` of the form's controls, as the browser would send them without any change."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    assert form is not None, f"no form #{form_id} in the page"
    data = {}
    for element in form.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or "__prefix__" in name or element.find_parent("template") is not None:
            continue
        kind = (element.get("type") or "").lower()
        if kind in {"submit", "button", "file", "image", "reset"}:
            continue
        if kind in {"checkbox", "radio"}:
            if element.has_attr("checked"):
                data[name] = element.get("value", "on")
            continue
        if element.name == "textarea":
            data[name] = element.text.removeprefix("\n")
        elif element.name == "select":
            chosen = element.find("option", selected=True)
            data[name] = chosen.get("value", chosen.text) if chosen else ""
        else:
            data[name] = element.get("value", "")
    return data
