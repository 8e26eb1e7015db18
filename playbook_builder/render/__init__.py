"""Render: turn a checked playbook into the site's pages, print views, assessment, exports and assets, as a map of
site paths to contents (:func:`.site.site_files`). :mod:`.paths` names every path; :mod:`.env` is the one Jinja
environment."""
