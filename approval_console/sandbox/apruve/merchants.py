"""Handlers for the merchant, its corporate accounts and webhook endpoints, and users."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from . import render
from .errors import Errors, not_found
from .lifecycle import new_id
from .models import WebhookEndpoint
from .params import Body, json_body
from .web import Context, paginated

WEBHOOK_VERSIONS = ("v4",)


async def show_merchant(request: Request, ctx: Context) -> Response:
    return JSONResponse(render.merchant(ctx.own_merchant(request.path_params["id"])))


async def list_corporate_accounts(request: Request, ctx: Context) -> Response:
    """`email` keeps the accounts that user buys for (any case)."""
    ctx.own_merchant(request.path_params["id"])
    accounts = ctx.accounts()
    email = (request.query_params.get("email") or "").strip().casefold()
    if email:
        accounts = [
            account
            for account in accounts
            if any(ctx.world.users[u].email.casefold() == email for u in account.buyer_ids)
        ]
    page, headers = paginated(request, accounts)
    body = [render.corporate_account(ctx.world, account) for account in page]
    return JSONResponse(body, headers=headers)


async def show_corporate_account(request: Request, ctx: Context) -> Response:
    ctx.own_merchant(request.path_params["merchant_id"])
    account = ctx.account(request.path_params["id"])
    if account is None:
        raise not_found()
    return JSONResponse(render.corporate_account(ctx.world, account))


async def list_webhooks(request: Request, ctx: Context) -> Response:
    merchant = ctx.own_merchant(request.path_params["merchant_id"])
    endpoints = [e for e in ctx.world.webhooks.values() if e.merchant_id == merchant.id]
    return JSONResponse([render.webhook_endpoint(e) for e in endpoints])


async def create_webhook(request: Request, ctx: Context) -> Response:
    """The document's flat body, or `{"webhook_endpoint": {...}}` as apruve-ruby's
    `WebhookEndpoint#create!` sends it (`lib/apruve/resources/webhook_endpoint.rb`); the
    `merchant_id` that body carries is the path's, and the path is what counts."""
    merchant = ctx.own_merchant(request.path_params["merchant_id"])
    errors = Errors()
    body = Body(await json_body(request, "webhook_endpoint"), errors)
    version = body.choice("version", WEBHOOK_VERSIONS, required=True)
    url = body.string("url", required=True)
    if url is not None and not url.startswith(("http://", "https://")):
        errors.add("url", "is invalid")
    auth_header = body.string("auth_header")
    errors.raise_if_any()
    assert version is not None and url is not None
    endpoint = WebhookEndpoint(new_id(), merchant.id, version, url, auth_header)
    ctx.world.webhooks[endpoint.id] = endpoint
    return JSONResponse(render.webhook_endpoint(endpoint))


async def show_webhook(request: Request, ctx: Context) -> Response:
    ctx.own_merchant(request.path_params["merchant_id"])
    return JSONResponse(render.webhook_endpoint(ctx.webhook(request.path_params["id"])))


async def delete_webhook(request: Request, ctx: Context) -> Response:
    """Answers with the endpoint removed, as the document shows."""
    ctx.own_merchant(request.path_params["merchant_id"])
    endpoint = ctx.webhook(request.path_params["id"])
    del ctx.world.webhooks[endpoint.id]
    return JSONResponse(render.webhook_endpoint(endpoint))


async def show_user(request: Request, ctx: Context) -> Response:
    user = ctx.user(request.path_params["id"])
    if user is None:
        raise not_found()
    return JSONResponse(render.user(user))
