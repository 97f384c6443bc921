/** Typed access to the archive, post and note messages from pages and content scripts. */
import { ask } from './messages/client';

/** `ask`, under the name archive callers know (the messages are declared in lib/shared/messages/to-background.ts). */
export const askArchive = ask;
