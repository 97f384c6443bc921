import type { HandlerTable } from '../messages/router';

/** Archive storage and search, answered in the background. */
export const archiveHandlers: HandlerTable = {};

export async function startArchiveService(): Promise<void> {}
