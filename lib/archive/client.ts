/** Typed access to the archive messages from pages and content scripts. */
import { ask } from '../messages/client';
import type { ArchiveMessage, ArchiveMessageType, ArchiveReply } from './protocol';

export function askArchive<K extends ArchiveMessageType>(
  message: ArchiveMessage<K>,
): Promise<ArchiveReply<K>> {
  return ask<ArchiveReply<K>>({ ...message });
}
