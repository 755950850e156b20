"""Reads of the committee's views, one module per view. They read the other
apps only through their selectors, and filter every list by the reader's
rights as those apps' rules decide (never a rule of their own)."""
