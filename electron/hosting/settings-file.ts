// The user's settings as a JSON file beside the default study (not in any study, since
// studies are shared): recent studies, the last open document of each, who the user is.
// Written atomically; a damaged settings file is set aside, never fatal. A host concern:
// the desktop app and the browser mode keep them here; the command line keeps none.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Identity } from '../core/domain/identity';
import { UNKNOWN_USER, type SettingsPort } from '../core/api/settings';

const SettingsSchema = z.object({
  recentStudies: z.array(z.string()).default([]),
  lastDocuments: z.record(z.string(), z.string()).default({}),
  userName: z.string().optional(),
  userEmail: z.string().nullable().optional(),
  userOrcid: z.string().nullable().optional(),
});
type Settings = z.infer<typeof SettingsSchema>;

const MAX_RECENT = 10;

/** Where the app keeps its data when the host does not say: Electron's userData folder. */
export function defaultDataDir(appName = 'Sourcemark'): string {
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(process.env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), appName);
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', appName);
  return path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), appName);
}

export class SettingsStore implements SettingsPort {
  private data: Settings;
  private readonly file: string;

  constructor(readonly dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
    this.data = this.load();
  }

  private load(): Settings {
    let raw: string;
    try {
      raw = fs.readFileSync(this.file, 'utf8');
    } catch {
      return SettingsSchema.parse({});
    }
    try {
      return SettingsSchema.parse(JSON.parse(raw));
    } catch {
      fs.renameSync(this.file, `${this.file}.damaged-${Date.now()}`);
      return SettingsSchema.parse({});
    }
  }

  private save(): void {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(this.data, null, 2));
    fs.renameSync(tmp, this.file);
  }

  get recentStudies(): string[] {
    return [...this.data.recentStudies];
  }

  get userName(): string {
    return this.data.userName || UNKNOWN_USER;
  }

  /** Who is working; "Unknown" until the user says (the OS account name says nothing to colleagues). */
  get identity(): Identity & { chosen: boolean } {
    return { name: this.userName, email: this.data.userEmail ?? null, orcid: this.data.userOrcid ?? null, chosen: Boolean(this.data.userName) };
  }

  setIdentity(who: Identity): void {
    this.data.userName = who.name;
    this.data.userEmail = who.email;
    this.data.userOrcid = who.orcid;
    this.save();
  }

  noteStudyOpened(file: string): void {
    this.data.recentStudies = [file, ...this.data.recentStudies.filter((f) => f !== file)].slice(0, MAX_RECENT);
    this.save();
  }

  forgetStudy(file: string): void {
    this.data.recentStudies = this.data.recentStudies.filter((f) => f !== file);
    this.save();
  }

  lastDocument(study: string): string | null {
    return this.data.lastDocuments[study] ?? null;
  }

  setLastDocument(study: string, documentId: string | null): void {
    if (documentId) this.data.lastDocuments[study] = documentId;
    else delete this.data.lastDocuments[study];
    this.save();
  }
}

/** What a desktop or browser-mode service keeps in the app's data folder: its settings and first study. */
export function dataFolder(dataDir: string): { settings: SettingsStore; defaultStudyPath: string } {
  return { settings: new SettingsStore(dataDir), defaultStudyPath: path.join(dataDir, 'Studies', 'My study.sourcemark') };
}
