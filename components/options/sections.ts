/** Anchors of the options page's sections, for links into them (`options.html#archive`). */
export const ARCHIVE_SECTION_ID = 'archive';
