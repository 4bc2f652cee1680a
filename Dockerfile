# Production images: `api` (the NestJS GraphQL API) and `portal` (the built
# React app behind nginx, which proxies /graphql to the API).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json apps/api/
COPY apps/portal/package.json apps/portal/
COPY apps/portal-e2e/package.json apps/portal-e2e/
COPY libs/domain/package.json libs/domain/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p api portal --output-style=static \
  && npm prune --omit=dev --omit=optional

FROM node:20-bookworm-slim AS api
ENV NODE_ENV=production PORT=3000 PORTAL_DIR=none
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs/domain/package.json libs/domain/
COPY --from=build /app/libs/domain/dist libs/domain/dist
COPY --from=build /app/apps/api/package.json apps/api/
COPY --from=build /app/apps/api/dist apps/api/dist
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]

FROM nginx:1.27-alpine AS portal
COPY deploy/nginx.conf /etc/nginx/conf.d/default.conf
COPY deploy/security-headers.conf /etc/nginx/snippets/laurels-security-headers.conf
COPY --from=build /app/apps/portal/dist /usr/share/nginx/html
EXPOSE 80
