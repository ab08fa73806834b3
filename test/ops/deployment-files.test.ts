import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { settings } from '../../src/config/env.js';

/**
 * There is no Docker engine where these tests run, so the image is never built here. What can be
 * checked without one is checked: the Dockerfile's stages and the files they copy, and the compose
 * file's services, wiring and the variables it needs from .env.
 */
const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Instruction {
  op: string;
  args: string;
}

function instructions(dockerfile: string): Instruction[] {
  return dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [op = '', ...rest] = line.split(/\s+/);
      return { op: op.toUpperCase(), args: rest.join(' ') };
    });
}

describe('the Dockerfile', () => {
  const steps = instructions(read('Dockerfile'));
  const stages = steps.filter((s) => s.op === 'FROM').map((s) => /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(s.args)!);
  const ignored = read('.dockerignore').split('\n').map((l) => l.trim()).filter(Boolean);

  it('GIVEN its stages THEN it is multi-stage on Node 24 or later, and the last stage runs as a non-root user', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const [, image] of stages) expect(Number(/^node:(\d+)/.exec(image!)?.[1])).toBeGreaterThanOrEqual(24);
    const lastFrom = steps.map((s) => s.op).lastIndexOf('FROM');
    const user = steps.slice(lastFrom).filter((s) => s.op === 'USER').at(-1);
    expect(user?.args).toBeDefined();
    expect(['root', '0']).not.toContain(user!.args);
  });

  it('GIVEN every COPY THEN its sources exist in the repository and are not excluded by .dockerignore, and --from names an earlier stage', () => {
    const names = stages.map(([, , name]) => name?.toLowerCase());
    let stage = -1;
    for (const step of steps) {
      if (step.op === 'FROM') stage++;
      if (step.op !== 'COPY') continue;
      const parts = step.args.split(/\s+/);
      const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
      const paths = parts.filter((p) => !p.startsWith('--'));
      const sources = paths.slice(0, -1);
      if (from) {
        expect(names.slice(0, stage), `COPY --from=${from}`).toContain(from.toLowerCase());
        continue;
      }
      for (const source of sources) {
        expect(existsSync(path.join(root, source)), `COPY ${source}`).toBe(true);
        expect(ignored, `COPY ${source} is in .dockerignore`).not.toContain(source.replace(/^\.\//, ''));
      }
    }
  });

  it('GIVEN the runtime stage THEN it copies everything the bot imports, checks /healthz and starts the bot', () => {
    const copied = steps.filter((s) => s.op === 'COPY' && !s.args.includes('--from')).flatMap((s) => s.args.split(/\s+/).slice(0, -1));
    for (const folder of ['bin', 'src', 'commands', 'adapters', 'content', 'prisma', 'package.json', 'tsconfig.json']) expect(copied).toContain(folder);
    expect(steps.find((s) => s.op === 'HEALTHCHECK')?.args).toContain('/healthz');
    expect(steps.find((s) => s.op === 'ENTRYPOINT')?.args).toContain('bin/peercircle.mjs');
    expect(existsSync(path.join(root, 'bin/peercircle.mjs'))).toBe(true);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(read('docker-compose.yml')) as {
    services: Record<string, { image?: string; build?: string; command?: string[]; environment?: Record<string, string>; env_file?: string; deploy?: { replicas?: number }; depends_on?: Record<string, { condition: string }> | string[]; volumes?: string[]; healthcheck?: unknown }>;
  };
  const { services } = compose;

  it('GIVEN its services THEN PostgreSQL with a healthcheck, a one-off migration, two bot replicas and a load balancer', () => {
    expect(Object.keys(services).sort()).toEqual(['bot', 'lb', 'migrate', 'postgres']);
    expect(services.postgres?.healthcheck).toBeDefined();
    expect(services.migrate?.command).toEqual(['migrate']);
    expect(services.bot?.deploy?.replicas).toBe(2);
    // Both build the one image, so compose never tries to pull a local name from a registry.
    expect(services.bot?.build).toBe('.');
    expect(services.migrate?.image).toBe(services.bot?.image);
    expect(services.bot?.command).toEqual(['start']);
    expect(services.bot?.depends_on).toMatchObject({ postgres: { condition: 'service_healthy' }, migrate: { condition: 'service_completed_successfully' } });
  });

  it('GIVEN the bots THEN they share one PostgreSQL on the compose network and one NOTES_KEY from .env, in production mode', () => {
    const env = services.bot!.environment!;
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/peercircle:\$\{POSTGRES_PASSWORD\}@postgres:5432\/peercircle$/);
    expect(env.NOTES_KEY).toMatch(/^\$\{NOTES_KEY:\?/);
    expect(env.NODE_ENV).toBe('production');
    expect(services.bot!.env_file).toBe('.env');
    expect(services.migrate!.environment!.DATABASE_URL).toBe(env.DATABASE_URL);
  });

  it('GIVEN the load balancer THEN its config exists and forwards to the bot service port', () => {
    const mount = services.lb!.volumes!.find((v) => v.includes('nginx.conf'))!;
    const conf = read(mount.split(':')[0]!);
    expect(conf).toContain(`http://bot:${services.bot!.environment!.PORT}`);
  });

  it('GIVEN .env.example THEN it names every variable compose requires, and each is a real setting', () => {
    const example = read('.env.example');
    const required = [...read('docker-compose.yml').matchAll(/\$\{(\w+):\?/g)].map((m) => m[1]!);
    const listed = [...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]!);
    for (const name of required) expect(listed, name).toContain(name);
    const known = new Set([...Object.keys(settings), 'POSTGRES_PASSWORD', 'PUBLIC_PORT']);
    // The platform adapters' own settings arrive on their branches.
    for (const name of listed) expect(known.has(name) || /^(SLACK|DISCORD)_/.test(name), name).toBe(true);
  });
});
