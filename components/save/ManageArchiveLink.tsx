import { messages } from '../i18n';
import { ARCHIVE_SECTION_ID } from '../options/sections';

/** The options page's Archive section (import, additions, export, reset), opened in a tab. */
const ARCHIVE_SETTINGS_PATH = `/options.html#${ARCHIVE_SECTION_ID}` as const;

/** The side panel's way to the archive's import and management, which need a full page. */
export function ManageArchiveLink() {
  const t = messages();
  const href = browser.runtime.getURL(ARCHIVE_SETTINGS_PATH);
  return (
    <p class="ll-small ll-manage-archive">
      <a
        href={href}
        target="_blank"
        rel="noopener"
        onClick={(event) => {
          event.preventDefault();
          void browser.tabs.create({ url: href });
        }}
      >
        {t.manageArchive}
      </a>
    </p>
  );
}
