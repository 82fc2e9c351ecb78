export { createClient, type ApiClient, type ClientOptions, type RequestOptions, type VariablesArgs } from './client';
export { ApiError, isApiError, normalizeFieldPath, readFields, readReason, toApiError, type ApiErrorCode, type ApiErrorReason, type ApiFieldError } from './errors';
export { createTokenStore, type TokenStore } from './token-store';
export type { TypedDocumentNode } from '@graphql-typed-document-node/core';
export * from './generated';
export { createSubscriber, socketUrl, type LiveStatus, type Subscriber, type SubscriberOptions, type SubscriptionHandlers } from './subscriptions';
