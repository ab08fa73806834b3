/** A team's true state as a history plays out: what the digest system is asked to summarise. */
import { DateTime } from 'luxon';
import type { SignalLevel } from '../../src/domain/digest/week-tally.js';
import { readsDigests } from '../../src/domain/digest/who-counts.js';
import type { Role } from '../../src/domain/roles.js';
import { START, type Event } from './digest-histories.js';

export interface TrueMember {
  id: string;
  role: Role;
  joinedAt: Date;
  left: boolean;
  /** Ever a supervisor or admin: the attacker may be them, and knows their answers. */
  everSupervisor: boolean;
  rolesHeld: Set<Role>;
}

export interface TrueCheckIn {
  member: string;
  date: string;
  answers: Record<string, number>;
  version: number;
}
export interface TrueSignal {
  member: string;
  level: SignalLevel;
  named: boolean;
  date: string;
}

export class Team {
  now = START;
  readonly members = new Map<string, TrueMember>();
  readonly checkIns = new Map<string, TrueCheckIn>();
  signals: TrueSignal[] = [];
  private generation = new Map<number, number>();
  private versions = 0;

  idOf(slot: number): string {
    return `m${slot}g${this.generation.get(slot) ?? 0}`;
  }
  today(): string {
    return this.now.toISOString().slice(0, 10);
  }
  /** Applies one event; returns what changed, for a storage replay, or null when it did nothing. */
  apply(e: Exclude<Event, { kind: 'query' | 'day' }>): Exclude<Event, { kind: 'query' | 'day' }> | null {
    const id = this.idOf('member' in e ? e.member : 0);
    const m = this.members.get(id);
    switch (e.kind) {
      case 'join':
        if (m && !m.left) return null;
        if (m?.left) this.generation.set(e.member, (this.generation.get(e.member) ?? 0) + 1);
        this.members.set(this.idOf(e.member), { id: this.idOf(e.member), role: e.role, joinedAt: this.now, left: false, everSupervisor: readsDigests(e.role), rolesHeld: new Set([e.role]) });
        return e;
      case 'leave':
        if (!m || m.left) return null;
        m.left = true; // and their data goes with them
        for (const [key, c] of this.checkIns) if (c.member === id) this.checkIns.delete(key);
        this.signals = this.signals.filter((s) => s.member !== id);
        return e;
      case 'role':
        if (!m || m.left || m.role === e.role) return null;
        m.role = e.role;
        m.rolesHeld.add(e.role);
        if (readsDigests(e.role)) m.everSupervisor = true;
        return e;
      case 'checkin': {
        if (!m || m.left) return null;
        const answers: Record<string, number> = {};
        if (e.energy !== null) answers.energy = e.energy;
        if (e.stress !== null) answers.stress = e.stress;
        if (Object.keys(answers).length === 0) return null;
        const date = e.late ? DateTime.fromISO(this.today(), { zone: 'UTC' }).minus({ days: 1 }).toISODate()! : this.today();
        this.checkIns.set(`${id}|${date}`, { member: id, date, answers, version: ++this.versions });
        return e;
      }
      case 'signal':
        if (!m || m.left) return null;
        this.signals.push({ member: id, level: e.level, named: e.named, date: this.today() });
        return e;
      case 'wait':
        this.now = new Date(this.now.getTime() + e.hours * 3_600_000);
        return e;
    }
  }
}
