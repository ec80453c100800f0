"""The JSON API fuzzed from its own OpenAPI schema with schemathesis (in-process ASGI, bounded).

Every operation gets generated valid and invalid requests, as an editor (so the writing
operations are reached, not only refused) and anonymously; none may answer 500, and every
error keeps the one error shape `{ok: false, error, status}`.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error

from tests.fixtures.web import TEST_SETTINGS, Demo
from vigil.web import create_app

EXAMPLES = {"positive": 20, "negative": 10}
# A deeper, random run: VIGIL_FUZZ_EXAMPLES=300 .venv/bin/pytest tests/test_security_api_fuzz.py
DEEP = int(os.environ.get("VIGIL_FUZZ_EXAMPLES", "0"))


def _error_shape(response: schemathesis.Response) -> None:
    if response.status_code >= 400:
        body = response.json()
        assert body["ok"] is False and body["status"] == response.status_code and body["error"], body


@pytest.mark.parametrize(
    ("mode", "signed_in"),
    [
        (schemathesis.GenerationMode.POSITIVE, True),
        (schemathesis.GenerationMode.NEGATIVE, True),
        (schemathesis.GenerationMode.NEGATIVE, False),
    ],
    ids=["valid-editor", "invalid-editor", "invalid-anonymous"],
)
def test_no_request_makes_the_api_fail(
    web_db,
    extractor,
    demo_registry: Demo,
    mode: schemathesis.GenerationMode,
    signed_in: bool,  # type: ignore[no-untyped-def]
) -> None:
    app = create_app(web_db, settings=TEST_SETTINGS, extractor=extractor)
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)
    headers = {"Authorization": f"Bearer {demo_registry.token}"} if signed_in else {}
    tried: list[str] = []
    for result in schema.get_all_operations():
        operation = result.ok()
        tried.append(f"{operation.method.upper()} {operation.path}")

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=DEEP or EXAMPLES[mode.value],
            deadline=None,
            derandomize=not DEEP,
            suppress_health_check=list(HealthCheck),
        )
        def call(case: schemathesis.Case) -> None:
            response = case.call(headers=headers)
            case.validate_response(response, checks=[not_a_server_error])
            _error_shape(response)

        try:
            call()
        except Unsatisfiable:  # an operation with nothing to get wrong (no parameters, no body)
            assert mode is schemathesis.GenerationMode.NEGATIVE
    assert "POST /api/articles" in tried and len(tried) >= 12, tried
