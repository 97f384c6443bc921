import { storage } from 'wxt/utils/storage';

/**
 * The reader's settings. Kept in extension storage (not IndexedDB) so content scripts can read them directly and
 * react to changes at once, and so they are never touched by an archive update or a schema upgrade.
 */
export interface Settings {
  /** Master switch for page highlights and hover cards. */
  highlights: boolean;
  /** Hostnames where the overlay stays off (e.g. "example.com"). */
  disabledSites: string[];
  /** Milliseconds the pointer rests on a mention before its card opens. */
  hoverDelayMs: number;
}

export const DEFAULT_SETTINGS: Settings = { highlights: true, disabledSites: [], hoverDelayMs: 350 };

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  return { ...DEFAULT_SETTINGS, ...(await settingsItem.getValue()) };
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = { ...(await getSettings()), ...change };
  await settingsItem.setValue(next);
  return next;
}

/** Normalises what a reader types or what a URL gives into the hostname the switch is stored under. */
export function siteOf(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (!trimmed) return null;
  try {
    const host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname.replace(
      /^www\./,
      '',
    );
    // Browsers percent-encode what they cannot parse (spaces, stray symbols) instead of failing: check the shape.
    const plausible = /^(?:[a-z0-9-]+\.)+[a-z0-9-]+$/.test(host) || host === 'localhost';
    return plausible ? host : null;
  } catch {
    return null;
  }
}

export function isSiteDisabled(settings: Settings, url: string): boolean {
  const site = siteOf(url);
  if (!site) return false;
  return settings.disabledSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** Whether the overlay reads nothing on the page at `url`: switched off everywhere, or for the page's site. */
export function overlayOffFor(settings: Settings, url: string): boolean {
  return !settings.highlights || isSiteDisabled(settings, url);
}

export async function setSiteDisabled(url: string, disabled: boolean): Promise<Settings> {
  const site = siteOf(url);
  const settings = await getSettings();
  if (!site) return settings;
  const others = settings.disabledSites.filter((s) => s !== site);
  return updateSettings({ disabledSites: disabled ? [...others, site].sort() : others });
}
