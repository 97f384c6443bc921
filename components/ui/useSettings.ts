import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, getSettings, settingsItem, type Settings } from '@/lib/shared/settings';

/** The reader's settings, kept current as they change (from this page or any other); null until read. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return settingsItem.watch((next) => next && setSettings({ ...DEFAULT_SETTINGS, ...next }));
  }, []);
  return settings;
}
