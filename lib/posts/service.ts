/** The background's post index over the installed archive, and its message handlers. */
import { archiveService } from '@/lib/archive/service';
import { createPostCache } from './cache';
import { postHandlerTable } from './handlers';
import { installedPostSource } from './source';

export const postCache = createPostCache(installedPostSource(archiveService));
export const postHandlers = postHandlerTable(postCache);
