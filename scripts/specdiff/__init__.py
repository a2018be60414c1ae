"""`make diff`: what an edit of openapi.yaml does to the people who call the package.

The spec is compared with a base (by default the merge-base with main) by Redocly's `diff`,
which resolves $refs and knows request from response; `policy` re-grades its findings where the
client's point of view differs (open sets, generated constructors, auth); griffe compares the
generated package's Python surface; `semver` decides whether info.version was bumped enough.
"""
