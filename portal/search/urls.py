"""URLs of portal.search."""

urlpatterns = []
