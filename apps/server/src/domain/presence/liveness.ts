/** A node refreshes its sockets this often; a socket not refreshed for 3 periods belongs to a dead node. */
export const HEARTBEAT_MS = 15_000;
const STALE_MS = 3 * HEARTBEAT_MS;

// Liveness of a node is infrastructure, not domain time: it uses the wall clock,
// so tests that move the domain clock do not make live sockets look dead.
export const wallNow = () => new Date();
export const liveSince = () => new Date(wallNow().getTime() - STALE_MS);
