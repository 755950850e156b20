"""Reference data of the States Parties: the file, the sync, and what a reader is told.

- `file`: the columns of `country_pages/data/states_parties.csv`, and reading it
  whole or not at all;
- `sync`: comparing it with the database and applying what the ISU did not
  correct (the dry run is `reference_sync_plan`); `report`: the same as text;
- `words`: where each value came from and how sure it is, in words a reader
  understands; `deadlines`: the Article 5 deadlines to watch.

Import from the module that holds a name: `sync` writes (it sits beside the
services), the others only read.
"""
