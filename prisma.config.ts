// Used only by the Prisma CLI on a connected machine (`prisma migrate status`, `prisma studio`).
// peercircle itself applies migrations offline with the schema engine compiled to WebAssembly.
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  datasource: { url: process.env.DATABASE_URL ?? 'postgresql://localhost:5432/peercircle' },
});
