"""i18n: the translations. Content catalogues keyed by item id and field (gettext PO), the UI catalogues of the
words the project writes, and the translated edition of a playbook."""
