"""One exception type for every client error, rendered as RFC 9457 problem+json."""

from __future__ import annotations

from http import HTTPStatus


class ProblemError(Exception):
    """An error the client can fix (4xx) or must wait out (503). The detail says how."""

    def __init__(self, status: int, detail: str, errors: list[dict] | None = None) -> None:
        super().__init__(detail)
        self.status = status
        self.title = HTTPStatus(status).phrase
        self.detail = detail
        self.errors = errors

    def to_dict(self) -> dict:
        body: dict = {"type": "about:blank", "title": self.title, "status": self.status, "detail": self.detail}
        if self.errors:
            body["errors"] = self.errors
        return body
