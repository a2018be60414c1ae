"""Synthetic specs of any size for the regeneration benchmark, grown from openapi.yaml.

Operation i is a copy of listAccounts at its own path, with its own copies of the Account and
AccountList schemas (so models grow with operations, as in a real API), ten operations per tag
(so the api/ package grows in modules and folders). Errors and enums stay shared.
"""

import copy
from pathlib import Path
from typing import Any

import yaml

from scripts.paths import SPEC
from scripts.spec import load

OPERATIONS_PER_TAG = 10


def synthetic_spec(operations: int, source: Path = SPEC) -> dict[str, Any]:
    original = load(source)
    document = copy.deepcopy(original)
    schemas = document["components"]["schemas"]
    account, account_list = schemas.pop("Account"), schemas.pop("AccountList")
    template = original["paths"]["/accounts"]["get"]
    document["paths"] = {}
    document["tags"] = []
    for index in range(operations):
        tag = f"Group{index // OPERATIONS_PER_TAG}"
        if index % OPERATIONS_PER_TAG == 0:
            document["tags"].append({"name": tag, "description": f"Operations of {tag}."})
        schemas[f"Account{index}"] = copy.deepcopy(account)
        listing = copy.deepcopy(account_list)
        listing["properties"]["data"]["items"] = {"$ref": f"#/components/schemas/Account{index}"}
        schemas[f"AccountList{index}"] = listing
        operation = copy.deepcopy(template)
        operation["operationId"] = f"listAccounts{index}"
        operation["summary"] = f"List WhatsApp accounts, copy {index}"
        operation["tags"] = [tag]
        content = operation["responses"]["200"]["content"]["application/json"]
        content["schema"] = {"$ref": f"#/components/schemas/AccountList{index}"}
        document["paths"][f"/{tag.lower()}/accounts{index}"] = {"get": operation}
    return document


def write_synthetic_spec(operations: int, path: Path) -> Path:
    path.write_text(
        yaml.safe_dump(synthetic_spec(operations), sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    return path
