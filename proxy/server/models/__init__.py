"""Typed request and answer models of every HTTP endpoint (pydantic): handlers parse into
them before acting, and the OpenAPI documents are generated from them."""
