import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';

/**
 * Prisma's own schema engine, compiled to WebAssembly, driven through a driver adapter. This is
 * what lets peercircle apply and check migrations with no network: the CLI's native engine must be
 * downloaded, this one ships inside an npm package.
 *
 * The package imports its `.wasm` as an ES module, which Node 20 cannot do without a flag, so the
 * module is instantiated by hand from its glue file's exports.
 */
// Node's WebAssembly global is typed only in TypeScript's DOM library; this is the part used here.
interface WasmModule {
  readonly brand: 'WasmModule';
}
interface WasmApi {
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: Record<string, Record<string, unknown>>): Promise<{ exports: Record<string, unknown> }>;
  Module: { imports(module: WasmModule): { module: string; name: string }[] };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

type Glue = Record<string, unknown> & {
  __wbg_set_wasm(exports: Record<string, unknown>): void;
  SchemaEngine: typeof SchemaEngine;
};

let gluePromise: Promise<Glue> | undefined;

async function instantiate(): Promise<Glue> {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
  const glue = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as Glue;
  const bytes = await readFile(path.join(packageDir, 'schema_engine_bg.wasm'));
  const module = await wasm.compile(bytes);
  const imports: Record<string, Record<string, unknown>> = {};
  for (const { module: name, name: field } of wasm.Module.imports(module)) {
    (imports[name] ??= {})[field] = glue[field];
  }
  const instance = await wasm.instantiate(module, imports);
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue;
}

export interface OpenedSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes every connection it opened (it does not close them itself). */
  close(): Promise<void>;
}

export async function openSchemaEngine(
  factory: SqlMigrationAwareDriverAdapterFactory,
  datamodel: { path: string; content: string },
  log: (message: string) => void = () => {},
): Promise<OpenedSchemaEngine> {
  gluePromise ??= instantiate();
  const glue = await gluePromise;
  const opened: SqlDriverAdapter[] = [];
  const track = async (connection: Promise<SqlDriverAdapter>) => {
    const adapter = await connection;
    opened.push(adapter);
    return adapter;
  };
  const tracked: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => track(factory.connect()),
    connectToShadowDb: () => track(factory.connectToShadowDb()),
  };
  const engine = await glue.SchemaEngine.new(
    { datamodels: [[datamodel.path, datamodel.content]] },
    log,
    bindMigrationAwareSqlAdapterFactory(tracked),
  );
  return {
    engine,
    async close() {
      engine.free();
      await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
    },
  };
}
