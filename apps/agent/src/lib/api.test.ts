import { describe, expect, it, vi } from 'vitest';
import { ApiFailure, createApi } from './api.ts';

const answer = (status: number, body?: unknown) =>
  new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json' },
  });

describe('api client', () => {
  it('reports an expired session on a 401, but not for a failed sign-in', async () => {
    const onUnauthenticated = vi.fn();
    const fetch = vi.fn(async () => answer(401, { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } }));
    const api = createApi({ fetch, onUnauthenticated });
    await expect(api.login('a@bps.go.id', 'x')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(onUnauthenticated).not.toHaveBeenCalled();
    await expect(api.notes('c00000000000000000000001')).rejects.toBeInstanceOf(ApiFailure);
    expect(onUnauthenticated).toHaveBeenCalledOnce();
  });

  it('puts the closed-list query in the URL, leaving out empty parts', async () => {
    const fetch = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      answer(200, { items: [], page: 2, pageSize: 20, total: 0 }),
    );
    await createApi({ fetch }).conversations({ status: 'closed', q: '', page: 2 });
    expect(fetch.mock.calls[0]?.[0]).toBe('/api/conversations?status=closed&page=2');
  });

  it('calls an unreachable server NETWORK', async () => {
    const api = createApi({ fetch: vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))) });
    await expect(api.me()).rejects.toMatchObject({ code: 'NETWORK', status: 0 });
  });
});
