# peercircle: a current LTS Node, non-root, data in a volume. No build step: tsx runs the
# TypeScript sources, so the image is production dependencies plus the sources.

# Stage 1: production dependencies, and the Prisma client generated from the schema (offline:
# scripts/generate-client.mjs needs no engine download).
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY scripts ./scripts
COPY prisma ./prisma
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# Stage 2: what runs. Only the runtime folders are copied; tests, benches and docs stay out.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production DATA_DIR=/data PORT=3000
WORKDIR /app
COPY package.json package-lock.json tsconfig.json prisma.config.ts ./
COPY bin ./bin
COPY src ./src
COPY commands ./commands
COPY adapters ./adapters
COPY content ./content
COPY prisma ./prisma
COPY --from=deps /app/node_modules ./node_modules
COPY --from=deps /app/src/storage/generated ./src/storage/generated
# The embedded database (one process) lives in /data; with DATABASE_URL only the key file would.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# /healthz answers while the process is up; a load balancer should use /readyz for traffic.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM drains (work in flight is finished); give it the grace period docker stop allows.
STOPSIGNAL SIGTERM
ENTRYPOINT ["node", "bin/peercircle.mjs"]
CMD ["start"]
