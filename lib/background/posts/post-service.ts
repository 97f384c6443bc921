/** The background's post index over the installed archive, and its message handlers. */
import { archiveService } from '@/lib/background/archive/service';
import { createPostCache } from './cache';
import { postHandlerTable } from './post-handlers';
import { installedPostSource } from './source';

export const postCache = createPostCache(installedPostSource(archiveService));
export const postHandlers = postHandlerTable(postCache);
