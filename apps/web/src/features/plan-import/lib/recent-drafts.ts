/**
 * The drafts this browser started, per jurisdiction. Drafts live on the server (leaving the page
 * keeps them); the API has no list of drafts, so the upload page remembers their ids here and
 * drops an id once the server answers 404 (committed or discarded).
 */
export interface RecentDraft {
  id: number;
  label: string;
  createdAt: string;
}

const storageKey = (code: string) => `bizenv.plan-imports.${code}`;

export function readRecentDrafts(code: string): RecentDraft[] {
  try {
    const raw = window.localStorage.getItem(storageKey(code));
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed) ? (parsed as RecentDraft[]) : [];
  } catch {
    return [];
  }
}

function write(code: string, drafts: RecentDraft[]): void {
  try {
    window.localStorage.setItem(storageKey(code), JSON.stringify(drafts));
  } catch {
    // storage full or disabled: the draft is still on the server
  }
}

export function rememberDraft(code: string, draft: RecentDraft): void {
  write(code, [draft, ...readRecentDrafts(code).filter((d) => d.id !== draft.id)].slice(0, 20));
}

export function forgetDraft(code: string, id: number): void {
  write(
    code,
    readRecentDrafts(code).filter((d) => d.id !== id),
  );
}
