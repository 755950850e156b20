"""Additions to the generated OpenAPI schema (drf-spectacular hooks and
extensions)."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension

ERROR = {
    "type": "object",
    "description": "What went wrong; `errors` names each bad parameter.",
    "properties": {
        "detail": {"type": "string"},
        "errors": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
        },
    },
    "required": ["detail"],
}

ERROR_RESPONSES = {
    "400": "Bad parameters (unknown filter, sort or format, page out of range, "
    "page size too large) or a malformed token.",
    "401": "A token that is unknown or revoked.",
    "404": "No such record, or not one the reader may read.",
    "406": "The Accept header asks for something other than JSON.",
    "429": "Too many requests: wait for the seconds in Retry-After.",
}


def error_responses(result, generator, request, public):
    """Every operation says how it answers bad input, with the JSON it sends."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    reference = {"$ref": "#/components/schemas/Error"}
    for path in result.get("paths", {}).values():
        for operation in path.values():
            responses = operation.setdefault("responses", {})
            for status, description in ERROR_RESPONSES.items():
                responses.setdefault(
                    status,
                    {
                        "description": description,
                        "content": {"application/json": {"schema": reference}},
                    },
                )
            responses.setdefault("304", {"description": "Not modified (ETag)."})
    return result


class PersonalTokenScheme(OpenApiAuthenticationExtension):
    target_class = "api.authentication.PersonalTokenAuthentication"
    name = "personalToken"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Token iap_…`: a personal token (made with "
            "`manage.py api_token EMAIL NAME`; only its digest is stored).",
        }
