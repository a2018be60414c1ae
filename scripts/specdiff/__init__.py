"""`make diff` and `make bump`: what an edit of openapi.yaml does to code that calls the package.

The spec is compared with a base (by default the last release tag) by Redocly's `diff`
(redocly.py), which resolves $refs and knows request from response; policy.py re-grades its
findings where this client's point of view differs (open sets, generated constructors, auth,
deprecation), and phrasing.py says each in a CHANGELOG line; unreported.py adds the edits
Redocly does not compare. griffe compares the generated package's Python surface (surface.py)
and codegen_changes.py what codegen/ changed in it on its own; grading.py puts them together,
semver.py decides whether info.version was bumped enough, and changelog.py keeps CHANGELOG.md's
unreleased entry.
"""
