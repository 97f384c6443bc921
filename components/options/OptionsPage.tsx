import { useEffect, useState } from 'preact/hooks';
import { getSettings, settingsItem, siteOf, updateSettings, type Settings } from '@/lib/shared/settings';
import { Header } from '../Header';
import { messages } from '../i18n';
import { ArchiveSection } from './ArchiveSection';

/**
 * Settings: the highlight switch, the hover delay, the sites where the overlay is off, and the archive (import,
 * additions, export, reset).
 */
export function OptionsPage() {
  const t = messages();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void getSettings().then(setSettings);
    // Another page (the popup's per-site switch) may change settings while this one is open.
    return settingsItem.watch((next) => next && setSettings(next));
  }, []);

  if (!settings) return <Header title={t.optionsTitle} />;

  const save = async (change: Partial<Settings>) => setSettings(await updateSettings(change));
  const addSite = async (event: Event) => {
    event.preventDefault();
    const site = siteOf(siteInput);
    if (!site) {
      setError(t.invalidSite(siteInput));
      return;
    }
    setError(null);
    setSiteInput('');
    await save({ disabledSites: [...new Set([...settings.disabledSites, site])].sort() });
  };

  return (
    <>
      <Header title={t.optionsTitle} />
      <main class="ll-body ll-options">
        <label class="ll-row">
          <input
            type="checkbox"
            name="highlights"
            checked={settings.highlights}
            onChange={(e) => void save({ highlights: e.currentTarget.checked })}
          />
          {t.settingHighlights}
        </label>
        <label class="ll-row">
          {t.settingHoverDelay}
          <input
            type="number"
            name="hoverDelayMs"
            min={0}
            max={3000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(e) => {
              const value = Number(e.currentTarget.value);
              if (Number.isFinite(value) && value >= 0 && value <= 3000) void save({ hoverDelayMs: value });
            }}
          />
        </label>
        <section aria-labelledby="sites-title">
          <h2 id="sites-title">{t.disabledSitesTitle}</h2>
          {settings.disabledSites.length === 0 ? (
            <p class="ll-muted">{t.disabledSitesEmpty}</p>
          ) : (
            <ul class="ll-sites">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span>{site}</span>
                  <button
                    type="button"
                    aria-label={t.removeSite(site)}
                    title={t.removeSite(site)}
                    onClick={() =>
                      void save({ disabledSites: settings.disabledSites.filter((s) => s !== site) })
                    }
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form class="ll-row" onSubmit={(e) => void addSite(e)}>
            <input
              type="text"
              name="site"
              aria-label={t.addSite}
              placeholder={t.addSitePlaceholder}
              value={siteInput}
              onInput={(e) => setSiteInput(e.currentTarget.value)}
            />
            <button type="submit">{t.addSite}</button>
          </form>
          {error && (
            <p role="alert" class="ll-error">
              {error}
            </p>
          )}
        </section>
        <ArchiveSection />
      </main>
    </>
  );
}
