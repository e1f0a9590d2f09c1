"""The platform's limits on a form, where its template says nothing else.

The limits on tags (five SDGs, one country on a learning plan…) are data, in
``editor/data/vocabularies/tag_keys.json`` (``vocabularies.tag_limit``).
"""

TITLE_LIMIT = 99  # characters; the platform refused longer titles
GROUP_REPEATS = 5  # instances of a repeated group or section ("Partner 5")
