"""Each portal's media storage, which leaves nothing half-written when the disk is full.

Why: Django's ``FileSystemStorage`` writes an upload chunk by chunk; when the disk (or the quota) runs
out midway, the exception leaves the truncated file behind, owned by no row. Here a save that fails
for lack of space removes what it wrote and raises :class:`StorageFull` (an ``OSError``, so code that
already handles file errors keeps working): the forms that store files say so in Vietnamese
(``procedures.online_forms``), and any other request answers the page of ``portal.core.outage``.
"""

import errno
import os

from django_tenants.files.storage import TenantFileSystemStorage

NO_SPACE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
STORAGE_FULL_MESSAGE = (
    "Máy chủ tạm thời hết chỗ lưu trữ nên tệp của bạn chưa được lưu. Vui lòng gửi lại sau hoặc liên hệ nhà trường."
)


class StorageFull(OSError):
    """No space left for an upload: nothing of it was kept."""


def is_storage_full(error):
    return isinstance(error, StorageFull) or (isinstance(error, OSError) and error.errno in NO_SPACE_ERRNOS)


class PortalFileSystemStorage(TenantFileSystemStorage):
    def _save(self, name, content):
        path = self.path(name)
        existed = os.path.lexists(path)
        try:
            return super()._save(name, content)
        except OSError as error:
            if not is_storage_full(error):
                raise
            if not existed:  # the truncated file is ours (a name taken meanwhile would have been renamed)
                try:
                    os.remove(path)
                except OSError:
                    pass
            raise StorageFull(errno.ENOSPC, STORAGE_FULL_MESSAGE) from error
