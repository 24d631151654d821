"""Gettext catalogs as input and as a review loop.

`catalog.py` checks and fixes an existing zh -> en PO catalog (every rule on each msgstr, the
msgid as context, fixes that rewrite only msgstr blocks); `review.py` is the translator's review
loop: `zhen fix FILE --po REVIEW.po` writes one entry per sentence changed or flagged, and
`zhen apply REVIEW.po FILE` rebuilds the document from the reviewed catalog. (The glossary's own
catalogs are exported by toolkit/glossary/export.py.)
"""
