"""Where the pipeline's inputs and outputs live: spec -> config/templates -> generated package."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
GENERATOR_CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "codegen" / "templates"
RUNTIME = ROOT / "codegen" / "runtime"
PACKAGE_NAME = "kirim_chat"
PACKAGE_DIR = ROOT / "generated" / PACKAGE_NAME
FIXTURES = ROOT / "tests" / "fixtures"
RECORDINGS = FIXTURES / "recordings"
