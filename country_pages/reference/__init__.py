"""Reference data of the States Parties: the file, the sync, and what a reader is told.

- `file`: the columns of `country_pages/data/states_parties.csv` and reading it whole
  or not at all;
- `sync`: comparing it with the database, applying what the ISU did not correct;
- `words`: where each value came from and how sure it is, in words a reader
  understands, and the Article 5 deadlines to watch.
"""

from .file import (
    DATA_FILE,
    FIELDS,
    ReferenceFile,
    ReferenceFileError,
    reference_file_read,
)
from .sync import (
    SyncPlan,
    SyncResult,
    reference_sync_apply,
    reference_sync_plan,
    states_parties_load,
)

__all__ = [
    "DATA_FILE",
    "FIELDS",
    "ReferenceFile",
    "ReferenceFileError",
    "SyncPlan",
    "SyncResult",
    "reference_file_read",
    "reference_sync_apply",
    "reference_sync_plan",
    "states_parties_load",
]
