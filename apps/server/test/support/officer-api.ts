import type { World } from './world.ts';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

/** REST calls as one signed-in officer: their session cookie on every request, JSON in and out. */
export function officerApi(world: World, cookie: string) {
  return async <T = unknown>(method: string, path: string, body?: unknown): Promise<ApiAnswer<T>> => {
    const response = await fetch(`${world.url}${path}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  };
}
