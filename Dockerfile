# PST LiveChat: one image with the server and the built widget and agent app.
# See docs/docker.md. Build from the repository root: docker build -t pst-livechat .

ARG NODE_IMAGE=node:22-bookworm-slim

# ---- base: Node plus the pnpm the repository pins (package.json "packageManager")
FROM ${NODE_IMAGE} AS base
ARG PNPM_VERSION=10.34.8
RUN npm install -g pnpm@${PNPM_VERSION} && pnpm --version
# mongodb-memory-server is a server dependency for the embedded dev database;
# never download its mongod binary during an image build.
ENV MONGOMS_DISABLE_POSTINSTALL=1
WORKDIR /app

# ---- manifests only, so dependency layers are reused until they change
FROM base AS manifests
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json .npmrc ./
COPY packages/protocol/package.json packages/protocol/
COPY packages/widget/package.json packages/widget/
COPY apps/agent/package.json apps/agent/
COPY apps/server/package.json apps/server/

# ---- build: every dependency, then the widget and agent bundles
FROM manifests AS build
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build

# ---- prod-deps: production dependencies only (the server runs compiled: apps/server/dist)
FROM manifests AS prod-deps
RUN pnpm install --frozen-lockfile --prod

# ---- runtime
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000
WORKDIR /app
# Same layout as the repository: the server finds <root>/packages/widget/dist and
# <root>/apps/agent/dist from the root's pnpm-workspace.yaml.
COPY --from=prod-deps /app ./
COPY --from=build /app/packages/widget/dist packages/widget/dist
COPY --from=build /app/apps/agent/dist apps/agent/dist
COPY --from=build /app/apps/server/dist apps/server/dist
# Code stays root-owned and read-only for the server; only the data folder
# (used by the embedded MongoDB when MONGODB_URI is unset) is writable.
RUN mkdir -p /app/.data && chown node:node /app/.data
USER node
WORKDIR /app/apps/server
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
# One process, compiled JavaScript (no tsx, no source maps): node is PID 1 and receives SIGTERM itself.
# The admin CLI: docker compose exec server node dist/admin.js office:list
CMD ["node", "dist/index.js"]
