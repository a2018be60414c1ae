"""Call an operation module's sync or async functions with the same arguments."""

import asyncio
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx


class Caller:
    """``call(list_accounts, client=..., status=...)`` runs ``sync`` or ``asyncio``;
    ``call.detailed(...)`` runs ``sync_detailed`` or ``asyncio_detailed``.

    The async mode keeps one event loop for the whole test, so an ``AsyncClient`` and its
    connection pool survive between calls, as they would in an application.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self._runner = asyncio.Runner() if mode == "async" else None
        self._clients: list[Any] = []

    def __call__(self, operation: ModuleType, **kwargs: Any) -> Any:
        return self._run(operation, "sync", "asyncio", kwargs)

    def detailed(self, operation: ModuleType, **kwargs: Any) -> Any:
        return self._run(operation, "sync_detailed", "asyncio_detailed", kwargs)

    def _run(self, operation: ModuleType, sync_name: str, async_name: str, kwargs: Any) -> Any:
        client = kwargs.get("client")
        # Any generated client (this package's or a scratch one's) has close() and aclose().
        if hasattr(client, "aclose") and all(client is not seen for seen in self._clients):
            self._clients.append(client)
        if self._runner is None:
            return getattr(operation, sync_name)(**kwargs)
        return self._runner.run(getattr(operation, async_name)(**kwargs))

    def on_request(self, action: Callable[[httpx.Request], None]) -> dict[str, Any]:
        """``httpx_args`` under which ``action`` sees each request as it is sent: the event hook
        this mode's httpx client takes (a coroutine for an AsyncClient)."""

        async def action_async(request: httpx.Request) -> None:
            action(request)

        return {"event_hooks": {"request": [action_async if self.mode == "async" else action]}}

    def close_client(self, client: Any) -> None:
        """``client.close()``, or ``client.aclose()`` on this mode's event loop."""
        if self._runner is None:
            client.close()
        else:
            self._runner.run(client.aclose())

    def close(self) -> None:
        """Close every client used, so no connection outlives the test."""
        for client in self._clients:
            self.close_client(client)
        if self._runner is not None:
            self._runner.close()
