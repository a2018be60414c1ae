"""The hand-written runtime of kirim_chat, at its source.

`make generate` copies every other module of this folder into generated/kirim_chat/, next to the
models and operations the generator writes, filling in only the version (``_version.py``). This
file is not copied: the package's own ``__init__.py`` comes from codegen/templates/. Relative
imports between these modules are the same here and in the generated package, so ruff and
``mypy --strict`` check the runtime where it is edited.
"""
