"""English dates as the Convention's documents write them ("1 April 2027"),
not Django's American default ("April 1, 2027"). Only what differs is here;
every other format falls back to Django's English ones."""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
