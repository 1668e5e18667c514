"""One haystack SearchIndex per concrete Wagtail page type, generated when haystack collects indexes.

Why generated: haystack matches exact model classes (an index for ``Page`` does not cover
``NewsArticlePage``), and the page types are built by other apps that the search package must not
import. Every concrete ``Page`` subclass installed gets a ``<Model>SearchIndex`` here, unless its own
app ships a ``search_indexes.py`` with an index for it (haystack allows one index per model); such an
index should subclass :class:`PageSearchIndex` so the fields match the Whoosh schema.
https://django-haystack.readthedocs.io/en/latest/searchindex_api.html
"""

import importlib
import logging

from django.apps import apps
from haystack import indexes
from wagtail.models import Page, get_page_models

from portal.search.documents import page_document

logger = logging.getLogger(__name__)


class PageSearchIndex(indexes.SearchIndex):
    """Fields mirror ``portal.search.schema``; ``prepare`` computes them all from one text extraction."""

    text = indexes.CharField(document=True)
    text_exact = indexes.CharField()
    title = indexes.CharField()
    title_exact = indexes.CharField()
    text_pairs = indexes.CharField()
    title_pairs = indexes.CharField()
    codes = indexes.CharField()
    body = indexes.CharField(indexed=False)
    url = indexes.CharField(indexed=False)
    kind = indexes.CharField()
    kind_label = indexes.CharField(indexed=False)
    year = indexes.CharField()
    date = indexes.DateTimeField(null=True)
    schema = indexes.CharField()
    page_id = indexes.CharField(stored=False)

    model = Page

    def get_model(self):
        return self.model

    def index_queryset(self, using=None):
        """Live pages of exactly this type with no view restriction on them or an ancestor."""
        return self.get_model().objects.live().public().exact_type(self.get_model()).filter(depth__gt=1)

    def read_queryset(self, using=None):
        return self.index_queryset(using)

    def prepare(self, obj):
        data = super().prepare(obj)
        data.update(page_document(obj))
        return data


def _claimed_elsewhere(model):
    """True when the model's own app defines a search index for it (it wins over the generic one)."""
    config = apps.get_app_config(model._meta.app_label)
    if config.name == __name__.rsplit(".", 1)[0]:
        return False
    try:
        module = importlib.import_module(f"{config.name}.search_indexes")
    except ModuleNotFoundError as error:
        if error.name != f"{config.name}.search_indexes":
            raise
        return False
    return any(
        getattr(item, "haystack_use_for_indexing", False)
        and isinstance(item, type)
        and getattr(item, "model", None) is not Page
        and _index_model(item) is model
        for item in vars(module).values()
    )


def _index_model(index_class):
    try:
        return index_class().get_model()
    except Exception:  # an abstract helper class without a model  # noqa: BLE001
        return None


def page_models():
    """Concrete page types (Wagtail's registry lists only non-abstract Page subclasses)."""
    return [model for model in get_page_models() if not model._meta.proxy and model is not Page]


def _generate():
    generated = {}
    for model in page_models():
        if _claimed_elsewhere(model):
            logger.info("search index for %s comes from its own app", model._meta.label)
            continue
        name = f"{model.__name__}_{model._meta.app_label}_SearchIndex"
        generated[name] = type(name, (PageSearchIndex, indexes.Indexable), {"model": model, "__module__": __name__})
    return generated


globals().update(_generate())
