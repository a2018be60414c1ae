"""scripts/node.py, the one home of the Node tools: their quiet environment, the secrets they
never see, and a failure reported with the tool's own output."""

import pytest

from scripts import node


def test_every_tool_runs_with_telemetry_and_update_checks_off(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DO_NOT_TRACK", "0")  # a developer's shell cannot turn them back on
    environment = node.environment()
    assert {name: environment[name] for name in node.QUIET_ENV} == {
        "SCARF_ANALYTICS": "false",
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "DO_NOT_TRACK": "1",
    }


def test_withheld_variables_are_not_passed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIRIM_API_KEY", "kdv_test_" + "w" * 24)
    monkeypatch.setenv("KEPT_FOR_THE_TOOL", "yes")
    environment = node.environment(withheld=["KIRIM_API_KEY"])
    assert "KIRIM_API_KEY" not in environment
    assert environment["KEPT_FOR_THE_TOOL"] == "yes"


@pytest.mark.slow
def test_a_failing_tool_raises_tool_failed_with_its_output() -> None:
    with pytest.raises(node.ToolFailed) as raised:
        node.run("redocly", ["lint", "/nonexistent/openapi.yaml"])
    message = str(raised.value)
    assert message.startswith("redocly lint failed (exit 1):\n")
    assert "/nonexistent/openapi.yaml" in message


@pytest.mark.slow
def test_the_makefile_entry_point_passes_the_tools_exit_status_through() -> None:
    assert node.main(["spectral", "--version"]) == 0
    assert node.main(["spectral", "lint", "/nonexistent/openapi.yaml"]) != 0
    assert node.main([]) == 2
