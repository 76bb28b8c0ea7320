// What the service needs of the user's settings (recent studies, the last document of each,
// who is working). Where they live is the host's business (electron/settings/ for the app
// and the browser mode); the command line keeps them in memory.

import type { Identity } from '../domain/identity';

/** What the service needs of the user's settings; the host decides where they live. */
export interface SettingsPort {
  readonly recentStudies: string[];
  readonly userName: string;
  readonly identity: Identity & { chosen: boolean };
  setIdentity(who: Identity): void;
  noteStudyOpened(file: string): void;
  forgetStudy(file: string): void;
  lastDocument(study: string): string | null;
  setLastDocument(study: string, documentId: string | null): void;
}

/** Work not yet attributed to a chosen name is recorded as this, never as the OS account. */
export const UNKNOWN_USER = 'Unknown';

/** Settings that live as long as the process (the command line: who is working comes from the environment). */
export class MemorySettings implements SettingsPort {
  recentStudies: string[] = [];
  private who: Identity | null;
  private readonly last = new Map<string, string>();
  constructor(who: Identity | null = null) {
    this.who = who;
  }
  get userName(): string {
    return this.who?.name ?? UNKNOWN_USER;
  }
  get identity(): Identity & { chosen: boolean } {
    return { name: this.userName, email: this.who?.email ?? null, orcid: this.who?.orcid ?? null, chosen: this.who !== null };
  }
  setIdentity(who: Identity): void {
    this.who = who;
  }
  noteStudyOpened(file: string): void {
    this.recentStudies = [file, ...this.recentStudies.filter((f) => f !== file)];
  }
  forgetStudy(file: string): void {
    this.recentStudies = this.recentStudies.filter((f) => f !== file);
  }
  lastDocument(study: string): string | null {
    return this.last.get(study) ?? null;
  }
  setLastDocument(study: string, id: string | null): void {
    if (id) this.last.set(study, id);
    else this.last.delete(study);
  }
}

