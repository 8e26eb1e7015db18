"""Portfolio: many exported assessment results rolled up into one report (``playbook report``).

Results are read, checked and migrated like the assessment page does it (``results``), scored with the page's
formula (``scoring``), rolled up per subject with review dates, shared weaknesses, trends and two-sided gaps
(``rollup``, ``review``), put in the order they need attention (``attention``, as the page does it), and written
as a self-contained HTML page, a workbook and a CSV action plan (``page``, ``tables``).
"""
