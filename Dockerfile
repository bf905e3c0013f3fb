# The API as one image: `docker compose up` (docker-compose.yml) runs it with PostgreSQL and
# a mail catcher. Build: compile with the dev dependencies, then keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
COPY sdk ./sdk
COPY examples ./examples
RUN npm run build && npm prune --omit=dev --no-audit --no-fund


FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=4000 \
    DATA_DIR=/app/.data
WORKDIR /app

COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The only place the process writes: a generated JWT key and .eml files when those are not
# configured (docker-compose.yml configures both).
RUN mkdir -p /app/.data && chown node:node /app/.data

USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "dist/scripts/healthcheck.js"]
# Node as PID 1 gets SIGTERM from `docker stop` and drains requests before it exits.
CMD ["node", "dist/src/main.js"]
