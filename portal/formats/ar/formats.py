"""Numbers in Arabic as the CLDR writes them with Western Arabic digits
(the digits the portal shows in every language): 1,234,567.5. Django's own
Arabic formats use a decimal comma and never group thousands, so an amount of
fifteen million read "15000000". Dates keep Django's Arabic formats."""

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3
