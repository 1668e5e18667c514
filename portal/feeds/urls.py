"""URLs of portal.feeds."""

urlpatterns = []
