import { useState } from 'preact/hooks';
import { downloadText } from '../options/download';

export type DownloadState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; fileName: string }
  | { kind: 'failed'; message: string };

export interface MadeFile {
  text: string;
  fileName: string;
  type: string;
}

export const CSV_TYPE = 'text/csv;charset=utf-8';
export const JSON_TYPE = 'application/json';

/** Makes a file (possibly asking the background first) and hands it to the browser's download; no network. */
export function useDownload() {
  const [state, setState] = useState<DownloadState>({ kind: 'idle' });
  const download = async (make: () => MadeFile | Promise<MadeFile>) => {
    setState({ kind: 'busy' });
    try {
      const file = await make();
      downloadText(file.text, file.fileName, file.type);
      setState({ kind: 'done', fileName: file.fileName });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  return { state, download };
}

/** Today's date for file names, YYYY-MM-DD. */
export const today = (): string => new Date().toISOString().slice(0, 10);
