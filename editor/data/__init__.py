"""The editor's bundled data, read through ``editor.resources``: templates, vocabularies, the
preview's stylesheet, icons, and the sample plans a new Plans folder starts with."""
